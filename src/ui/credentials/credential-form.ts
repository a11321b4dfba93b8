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
  nameOnRecord: string;
  certifiedOn: string | null;
  expiresOn: string | null;
  notes: string;
  adjust: RuleAdjustments;
}

/** Messages are catalog keys (credentials.check.*): the form shows them in the person's language. */
const numberError = { error: 'credentials.check.enterNumber' };

const baseShape = {
  rulePackId: z
    .string({ error: 'credentials.check.chooseCredential' })
    .min(1, 'credentials.check.chooseCredential'),
  credentialNumber: z.string().trim().max(80, 'credentials.check.numberTooLong'),
  nameOnRecord: z.string().trim().max(200, 'credentials.check.nameTooLong'),
  certifiedOn: z
    .string({ error: 'credentials.check.enterCertifiedOn' })
    .min(1, 'credentials.check.enterCertifiedOn')
    .pipe(isoDateSchema),
  expiresOn: isoDateSchema.nullable(),
  notes: z.string().trim().max(2000, 'credentials.check.notesTooLong'),
};

const adjustSchema = z.object({
  totalRequired: z
    .number(numberError)
    .min(0, 'credentials.check.totalNegative')
    .max(1000, 'credentials.check.totalTooBig'),
  cycleMonths: z
    .number(numberError)
    .int('credentials.check.wholeMonths')
    .min(1, 'credentials.check.cycleTooShort')
    .max(120, 'credentials.check.cycleTooLong'),
  graceDays: z
    .number(numberError)
    .int('credentials.check.wholeDays')
    .min(0, 'credentials.check.graceNegative')
    .max(3650, 'credentials.check.graceTooLong'),
  fees: z.array(
    z.object({
      label: z.string(),
      every: z.enum(['renewal', 'year']),
      amount: z
        .number(numberError)
        .min(0, 'credentials.check.feeNegative')
        .max(100_000, 'credentials.check.feeTooBig'),
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
    message: 'credentials.check.expiryOrder',
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
    nameOnRecord: credential?.nameOnRecord ?? '',
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
    nameOnRecord: values.nameOnRecord,
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
