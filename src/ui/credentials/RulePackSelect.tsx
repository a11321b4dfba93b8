import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageKey, MessageValues } from '../../domain/i18n/translator';
import type { RulePack } from '../../domain/rule-pack';
import { formatNumber } from '../../domain/units';
import { credentialLabel } from '../components/portfolio-queries';

/** Choosing which credential (and so which rule pack) a credential follows; built-in first. */
export function RulePackSelect({
  packs,
  ...props
}: { packs: readonly RulePack[] } & Omit<SelectProps, 'data'>) {
  const { t } = useTranslation();
  const item = (pack: RulePack) => ({ value: pack.id, label: credentialLabel(pack) });
  const builtIn = packs.filter((p) => p.builtIn).map(item);
  const custom = packs.filter((p) => !p.builtIn).map(item);
  const data =
    custom.length > 0
      ? [
          { group: t('rulePacks.selectBuiltIn'), items: builtIn },
          { group: t('rulePacks.selectCustom'), items: custom },
        ]
      : builtIn;
  return (
    <Select
      data={data}
      searchable
      nothingFoundMessage={t('rulePacks.selectNothing')}
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

/** "60 points every 5 years", the one-line summary of a pack's requirement, in the person's language. */
export function requirementSummary(
  pack: Pick<RulePack, 'totalRequired' | 'pointName' | 'cycle'>,
  t: (key: MessageKey, values?: MessageValues) => string,
  pointWord: (pointName: string, count: number) => string,
): string {
  return t('rulePacks.summary', {
    total: formatNumber(pack.totalRequired),
    pointName: pointWord(pack.pointName, pack.totalRequired),
    years: pack.cycle.months % 12 === 0 ? pack.cycle.months / 12 : 0,
    months: pack.cycle.months,
  });
}
