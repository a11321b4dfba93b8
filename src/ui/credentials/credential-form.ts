import { z } from 'zod';
import { type Credential, type CredentialInput, isoDateSchema } from '../../domain/portfolio';
import type { Fee, RulePack } from '../../domain/rule-pack';
import { effectivePack } from '../../domain/rules/overrides';

/**
 * The credential form's values and how they become a saved credential. The holder can
 * adjust a few of the rule pack's figures for their own credential (a new fee, a
 * different total); those are stored as a partial rule pack in `overrides`, holding
 * only what differs from the pack, so later pack updates still reach everything else.
 */

export interface FeeAdjustment {
  label: string;
  every: Fee['every'];
  amount: number | string;
  unverified: boolean;
}

export interface RuleAdjustments {
  totalRequired: number | string;
  cycleMonths: number | string;
  graceDays: number | string;
  fees: FeeAdjustment[];
}

export interface CredentialFormValues {
  rulePackId: string | null;
  credentialNumber: string;
  certifiedOn: string | null;
  expiresOn: string | null;
  notes: string;
  adjust: RuleAdjustments;
}

const numberError = { error: 'Enter a number.' };

const baseShape = {
  rulePackId: z
    .string({ error: 'Choose the credential you hold.' })
    .min(1, 'Choose the credential you hold.'),
  credentialNumber: z.string().trim().max(80, 'Keep the credential number under 80 characters.'),
  certifiedOn: z
    .string({ error: 'Enter the date you certified or last recertified.' })
    .min(1, 'Enter the date you certified or last recertified.')
    .pipe(isoDateSchema),
  expiresOn: isoDateSchema.nullable(),
  notes: z.string().trim().max(2000, 'Keep notes under 2,000 characters.'),
};

const adjustSchema = z.object({
  totalRequired: z
    .number(numberError)
    .min(0, 'The total cannot be negative.')
    .max(1000, 'Use 1,000 or less.'),
  cycleMonths: z
    .number(numberError)
    .int('Use whole months.')
    .min(1, 'A cycle is at least 1 month.')
    .max(120, 'A cycle is at most 120 months.'),
  graceDays: z
    .number(numberError)
    .int('Use whole days.')
    .min(0, 'Use 0 or more days.')
    .max(3650, 'Use 3,650 or less.'),
  fees: z.array(
    z.object({
      label: z.string(),
      every: z.enum(['renewal', 'year']),
      amount: z.number(numberError).min(0, 'A fee cannot be negative.').max(100_000, 'Check the amount.'),
      unverified: z.boolean(),
      // Not edited here, but kept: an edited AMT fee is still due in the anniversary month.
      dueInAnniversaryMonth: z.boolean().optional(),
      covers: z.array(z.string()).optional(),
    }),
  ),
});

function withDateOrder<T extends z.ZodType<{ certifiedOn: string; expiresOn: string | null }>>(schema: T) {
  return schema.refine((v) => !v.expiresOn || v.expiresOn > v.certifiedOn, {
    path: ['expiresOn'],
    message: 'The expiry date must come after the date you certified.',
  });
}

/** Without the rule adjustments (first run, adding a credential). */
export const credentialFormSchema = withDateOrder(z.object(baseShape));
/** With them (editing a credential). */
export const credentialFormWithAdjustmentsSchema = withDateOrder(
  z.object({ ...baseShape, adjust: adjustSchema }),
);

export type ValidCredentialForm = z.output<typeof credentialFormSchema> & {
  adjust?: z.output<typeof adjustSchema>;
};

/** The pack as it applies to this credential; the plain pack if the stored changes no longer fit it. */
export function packWithOverrides(pack: RulePack, overrides: Record<string, unknown>): RulePack {
  try {
    return effectivePack(pack, overrides);
  } catch {
    return pack;
  }
}

export function adjustmentsFrom(
  pack: RulePack | undefined,
  overrides: Record<string, unknown> = {},
): RuleAdjustments {
  if (!pack) return { totalRequired: '', cycleMonths: '', graceDays: '', fees: [] };
  const effective = packWithOverrides(pack, overrides);
  return {
    totalRequired: effective.totalRequired,
    cycleMonths: effective.cycle.months,
    graceDays: effective.graceDays,
    fees: effective.fees.map((fee) => ({ ...fee })),
  };
}

export function formValuesFrom(
  credential: Credential | undefined,
  pack: RulePack | undefined,
): CredentialFormValues {
  return {
    rulePackId: credential?.rulePackId ?? null,
    credentialNumber: credential?.credentialNumber ?? '',
    certifiedOn: credential?.certifiedOn ?? null,
    expiresOn: credential?.expiresOn ?? null,
    notes: credential?.notes ?? '',
    adjust: adjustmentsFrom(pack, credential?.overrides ?? {}),
  };
}

/**
 * The overrides to store: what the adjustments change from the pack, plus any other
 * changes already stored (kept as they were) when the pack is the same one.
 */
export function overridesFrom(
  adjust: z.output<typeof adjustSchema>,
  pack: RulePack,
  previous: Record<string, unknown>,
): Record<string, unknown> {
  const next: Record<string, unknown> = structuredClone(previous);

  setOrDrop(next, 'totalRequired', adjust.totalRequired, pack.totalRequired);
  setOrDrop(next, 'graceDays', adjust.graceDays, pack.graceDays);

  const cycle = isRecord(next.cycle) ? { ...next.cycle } : {};
  setOrDrop(cycle, 'months', adjust.cycleMonths, pack.cycle.months);
  if (Object.keys(cycle).length > 0) next.cycle = cycle;
  else delete next.cycle;

  const feesChanged =
    adjust.fees.length !== pack.fees.length ||
    adjust.fees.some((fee, i) => fee.amount !== pack.fees[i]?.amount || fee.label !== pack.fees[i]?.label);
  if (feesChanged) {
    // A figure the holder typed in is theirs: it is no longer the pack's unverified guess.
    next.fees = adjust.fees.map((fee, i) => ({
      ...fee,
      unverified: fee.amount === pack.fees[i]?.amount ? fee.unverified : false,
    }));
  } else {
    delete next.fees;
  }
  return next;
}

export function toCredentialInput(
  values: ValidCredentialForm,
  pack: RulePack | undefined,
  existing: Credential | undefined,
): CredentialInput {
  const samePack = existing?.rulePackId === values.rulePackId;
  const previous = samePack ? (existing?.overrides ?? {}) : {};
  const overrides = values.adjust && pack ? overridesFrom(values.adjust, pack, previous) : previous;
  return {
    rulePackId: values.rulePackId,
    credentialNumber: values.credentialNumber,
    certifiedOn: values.certifiedOn,
    expiresOn: values.expiresOn,
    notes: values.notes,
    overrides,
  };
}

function setOrDrop(target: Record<string, unknown>, key: string, value: number, packValue: number): void {
  if (value === packValue) delete target[key];
  else target[key] = value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
