import { Select, type SelectProps } from '@mantine/core';
import type { RulePack } from '../../domain/rule-pack';
import { credentialLabel } from '../components/portfolio-queries';

/** Choosing which credential (and so which rule pack) a credential follows; built-in first. */
export function RulePackSelect({
  packs,
  ...props
}: { packs: readonly RulePack[] } & Omit<SelectProps, 'data'>) {
  const item = (pack: RulePack) => ({ value: pack.id, label: credentialLabel(pack) });
  const builtIn = packs.filter((p) => p.builtIn).map(item);
  const custom = packs.filter((p) => !p.builtIn).map(item);
  const data =
    custom.length > 0
      ? [
          { group: 'Built-in rule packs', items: builtIn },
          { group: 'Your own rule packs', items: custom },
        ]
      : builtIn;
  return (
    <Select
      data={data}
      searchable
      nothingFoundMessage="No rule pack matches. Create your own on the Rule packs page."
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}

/** "60 points every 60 months", the one-line summary of a pack's requirement. */
export function requirementSummary(pack: Pick<RulePack, 'totalRequired' | 'pointName' | 'cycle'>): string {
  const years = pack.cycle.months % 12 === 0 ? pack.cycle.months / 12 : null;
  const every =
    years === 1 ? 'every year' : years ? `every ${years} years` : `every ${pack.cycle.months} months`;
  return `${pack.totalRequired} ${pack.pointName} ${every}`;
}
