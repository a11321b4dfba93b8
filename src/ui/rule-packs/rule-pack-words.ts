import type { Vocabulary } from '../../domain/i18n/vocabulary';
import type { MessageKey, MessageValues } from '../../domain/i18n/translator';
import type { KindRule, RulePack } from '../../domain/rule-pack';
import { formatNumber } from '../../domain/units';

/** A rule pack's rules said in sentences, for the read-only view, in the person's language. */

export interface PackWords {
  t: (key: MessageKey, values?: MessageValues) => string;
  vocabulary: Vocabulary;
  pointWord: (pointName: string, count: number) => string;
}

export function cycleSentence(pack: RulePack, { t, pointWord }: PackWords): string {
  const values = {
    total: formatNumber(pack.totalRequired),
    pointName: pointWord(pack.pointName, pack.totalRequired),
    months: pack.cycle.months,
  };
  return pack.cycle.anchor === 'end_of_month'
    ? t('rulePacks.details.cycleFromMonthEnd', values)
    : t('rulePacks.details.cycleFromDate', values);
}

export function kindRuleSentence(
  rule: KindRule,
  pack: RulePack,
  { t, vocabulary, pointWord }: PackWords,
): string {
  const kind = vocabulary.kind(rule.kind);
  if (rule.excluded)
    return rule.reason
      ? t('rulePacks.details.kindExcludedWhy', { kind, reason: rule.reason })
      : t('rulePacks.details.kindExcluded', { kind });
  const parts: string[] = [];
  if (rule.pointsEach !== null) {
    const values = {
      count: formatNumber(rule.pointsEach),
      pointName: pointWord(pack.pointName, rule.pointsEach),
    };
    const label = pack.categories.find((c) => c.key === rule.category)?.label;
    parts.push(
      rule.category
        ? t('rulePacks.details.kindEachIn', {
            ...values,
            category: vocabulary.category(rule.category, label),
          })
        : t('rulePacks.details.kindEach', values),
    );
  }
  if (rule.maxCount !== null) parts.push(t('rulePacks.details.kindMaxCount', { count: rule.maxCount }));
  if (rule.maxPoints !== null)
    parts.push(
      t('rulePacks.details.kindMaxPoints', {
        count: formatNumber(rule.maxPoints),
        pointName: pointWord(pack.pointName, rule.maxPoints),
      }),
    );
  return parts.length > 0
    ? t('rulePacks.details.kindRule', { kind, rules: parts.join('; ') })
    : t('rulePacks.details.kindNoRule', { kind });
}
