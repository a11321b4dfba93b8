import { rulePackSchema, type RulePack, type RulePackInput } from '../../rule-pack';

/** What every built-in pack shares: the version and the day its sources were last read. */
export const builtInVersion = '2026.12';
export const lastChecked = '2026-11-24';

/** The day the per-rule sources below were last read. */
export const rulesChecked = '2026-12-04';

export function confirmWith(body: string): string {
  return `Rules and fees change: confirm these requirements with the ${body} before you apply.`;
}

/** Built-in packs are data, but they pass the same schema as a user's custom pack. */
export function builtInPack(pack: Omit<RulePackInput, 'version' | 'builtIn' | 'lastChecked'>): RulePack {
  return rulePackSchema.parse({ ...pack, version: builtInVersion, builtIn: true, lastChecked });
}

/**
 * For bodies that count credit by the hour: one credit per hour of instruction, whether
 * the certificate says contact hours (50-minute sessions) or clock hours, and ten per
 * IACET CEU (its definition: 10 contact hours). The 1:1 reading of a contact hour is
 * ours, so packs that use it say so in their unverified notes.
 */
export const hourBasedUnits = { contact_hour: 1, clock_hour: 1, contact_hour_60: 1, iacet_ceu: 10 } as const;

export const hourBasisNote =
  'One contact hour (a 50-minute session) or one clock hour counts as one credit, and an IACET CEU as ten: ' +
  'this is the app’s reading; the body may convert differently.';
