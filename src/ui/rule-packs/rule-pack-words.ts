import { activityKindLabels } from '../../domain/portfolio';
import type { KindRule, RulePack } from '../../domain/rule-pack';
import { formatNumber } from '../../domain/units';

/** A rule pack's rules said in sentences, for the read-only view. */

export function cycleSentence(pack: RulePack): string {
  const from =
    pack.cycle.anchor === 'end_of_month'
      ? 'counted from the end of the month you certified or last recertified'
      : 'counted from the date you certified or last recertified';
  return `${formatNumber(pack.totalRequired)} ${pack.pointName} every ${pack.cycle.months} months, ${from}.`;
}

export function kindRuleSentence(rule: KindRule, pack: RulePack): string {
  const kind = activityKindLabels[rule.kind];
  if (rule.excluded) return `${kind}: never counts${rule.reason ? ` (${rule.reason})` : ''}.`;
  const parts: string[] = [];
  if (rule.pointsEach !== null) {
    const category = pack.categories.find((c) => c.key === rule.category)?.label ?? rule.category;
    parts.push(
      `each is worth ${formatNumber(rule.pointsEach)} ${pack.pointName}${category ? ` (${category})` : ''}`,
    );
  }
  if (rule.maxCount !== null) parts.push(`at most ${rule.maxCount} count`);
  if (rule.maxPoints !== null)
    parts.push(`at most ${formatNumber(rule.maxPoints)} ${pack.pointName} in a cycle`);
  return `${kind}: ${parts.join('; ') || 'no special rule'}.`;
}
