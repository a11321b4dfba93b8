import { z } from 'zod';

/**
 * Every credit is stored with its unit and never converted on entry: a rule pack says
 * how (and whether) each unit turns into its own points. The AAMA's CEU (1 point) and
 * the IACET CEU (10 contact hours) are different units and are never mixed silently.
 */
export const units = [
  'contact_hour',
  'clock_hour',
  'aama_ceu',
  'amt_ccp_point',
  'nha_ce_credit',
  'amca_ce_credit',
  'iacet_ceu',
  'college_credit',
  'contact_hour_60',
  'cme_category_1',
] as const;
export const unitSchema = z.enum(units, { error: `Use one of these units: ${units.join(', ')}.` });
export type Unit = z.infer<typeof unitSchema>;

export const unitLabels: Record<Unit, { one: string; many: string; note: string }> = {
  contact_hour: { one: 'contact hour', many: 'contact hours', note: 'a 50-minute session' },
  clock_hour: { one: 'clock hour', many: 'clock hours', note: '60 minutes' },
  aama_ceu: { one: 'AAMA CEU', many: 'AAMA CEUs', note: '1 AAMA recertification point' },
  amt_ccp_point: {
    one: 'AMT CCP point',
    many: 'AMT CCP points',
    note: 'AMT Certification Continuation Program',
  },
  nha_ce_credit: { one: 'NHA CE credit', many: 'NHA CE credits', note: 'National Healthcareer Association' },
  amca_ce_credit: {
    one: 'AMCA CE credit',
    many: 'AMCA CE credits',
    note: 'American Medical Certification Association',
  },
  iacet_ceu: { one: 'IACET CEU', many: 'IACET CEUs', note: '10 contact hours' },
  college_credit: { one: 'college credit', many: 'college credits', note: 'a quarter or semester credit' },
  contact_hour_60: {
    one: '60-minute contact hour',
    many: '60-minute contact hours',
    note: 'a 60-minute hour, as nursing (ANCC) certificates count it',
  },
  cme_category_1: {
    one: 'AMA PRA Category 1 credit',
    many: 'AMA PRA Category 1 credits',
    note: 'physicians’ CME, counted in hours',
  },
};

export function formatCredit(amount: number, unit: Unit): string {
  const label = unitLabels[unit];
  return `${formatNumber(amount)} ${amount === 1 ? label.one : label.many}`;
}

/**
 * "12 points", "1 point", "2.5 CE credits": points in the rule pack's own word for them.
 * `shown` is the number as written, for callers that round it their own way first.
 */
export function formatPoints(value: number, pointName = 'points', shown = formatNumber(value)): string {
  const word = value === 1 && pointName.endsWith('s') ? pointName.slice(0, -1) : pointName;
  return `${shown} ${word}`;
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
}
