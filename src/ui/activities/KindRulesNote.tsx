import { Alert, List } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { packPhrase } from '../../domain/i18n/pack-words';
import { useWatch } from 'react-hook-form';
import { useVocabulary } from '../components/useVocabulary';
import type { Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { formatNumber } from '../../domain/units';
import type { ActivityFormControl } from './activity-form';

type Props = {
  control: ActivityFormControl;
  credentials: Credential[];
  rulePacks: RulePack[];
  names: Map<number, string>;
};

/**
 * Where a credential's rules set the credit of this kind of activity (a CPR card is 4
 * clinical points for the CMA) or refuse it (NCCT: no CPR cards), the form says so, read
 * only, beside the credit the person enters: the form, the log and the packet then agree.
 */
export function KindRulesNote({ control, credentials, rulePacks, names }: Props) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const kind = useWatch({ control, name: 'kind' });
  const chosen = useWatch({ control, name: 'credentialIds' });
  const lines: string[] = [];
  for (const credential of credentials) {
    if (!chosen.includes(credential.id)) continue;
    const pack = rulePacks.find((p) => p.id === credential.rulePackId);
    const rule = pack?.kindRules.find((r) => r.kind === kind);
    if (!pack || !rule || kind === '') continue;
    const values = {
      credential: names.get(credential.id) ?? pack.credential,
      kind: vocabulary.kind(kind),
    };
    if (rule.excluded) {
      lines.push(
        rule.reason
          ? t('kindRules.excluded', { ...values, reason: packPhrase(rule.reason, t) })
          : t('kindRules.excludedNoReason', values),
      );
      continue;
    }
    if (rule.pointsEach === null) continue;
    const label = pack.categories.find((c) => c.key === rule.category)?.label;
    const category =
      label && rule.category ? vocabulary.category(rule.category, label).toLocaleLowerCase() : undefined;
    const parts: string[] = [
      category
        ? t('kindRules.fixed', { ...values, points: formatNumber(rule.pointsEach), category })
        : t('kindRules.fixedNoCategory', { ...values, points: formatNumber(rule.pointsEach) }),
    ];
    if (rule.minValidMonths !== null) parts.push(t('kindRules.minValid', { months: rule.minValidMonths }));
    if (rule.maxCount !== null) parts.push(t('kindRules.maxCount', { count: rule.maxCount }));
    lines.push(parts.join(' '));
  }
  if (lines.length === 0) return null;
  return (
    <Alert
      variant="light"
      color="ocean"
      icon={<IconScale aria-hidden />}
      title={t('kindRules.title')}
      mb="md"
    >
      <List size="sm" spacing={4}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
