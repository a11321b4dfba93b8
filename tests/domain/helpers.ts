import type { CredentialEvaluation } from '../../src/domain/evaluation';
import type { ActivityKind } from '../../src/domain/portfolio';
import type { RulePack, RulePackInput } from '../../src/domain/rule-pack';
import { builtInRulePacks, evaluateCredential, findRulePack } from '../../src/domain/rules';
import type { ActivityLike, CredentialLike } from '../../src/domain/rules';
import type { Unit } from '../../src/domain/units';

/** Builders for the rules-engine tests: small records with only what the engine reads. */

export function pack(id: string): RulePack {
  const found = findRulePack(builtInRulePacks, id);
  if (!found) throw new Error(`no built-in pack ${id}`);
  return found;
}

let nextId = 1000;

export interface ActivityOptions {
  id?: number;
  on: string;
  amount?: number;
  unit?: Unit;
  category?: string;
  kind?: ActivityKind;
  approvedBy?: string;
  minutes?: number | null;
  /** A card's validity in months. */
  validMonths?: number | null;
  credits?: { amount: number; unit: Unit; category: string }[];
  credentialIds?: number[];
  title?: string;
}

export function activity(options: ActivityOptions): ActivityLike {
  const id = options.id ?? nextId++;
  return {
    id,
    title: options.title ?? `Activity ${id}`,
    kind: options.kind ?? 'online_course',
    completedOn: options.on,
    durationMinutes: options.minutes ?? null,
    ...(options.validMonths !== undefined ? { validMonths: options.validMonths } : {}),
    approvingBody: options.approvedBy ?? '',
    credits: options.credits ?? [
      {
        amount: options.amount ?? 1,
        unit: options.unit ?? 'aama_ceu',
        category: options.category ?? 'general',
      },
    ],
    credentialIds: options.credentialIds ?? [1],
  };
}

export function credential(
  rulePackId: string,
  certifiedOn: string,
  extra: Partial<CredentialLike> = {},
): CredentialLike {
  return { id: 1, rulePackId, certifiedOn, expiresOn: null, overrides: {}, ...extra };
}

export function evaluate(
  packOrId: string | RulePack | RulePackInput,
  certifiedOn: string,
  activities: ActivityLike[],
  asOf: string,
  extra: Partial<CredentialLike> = {},
): CredentialEvaluation {
  const rulePack = typeof packOrId === 'string' ? pack(packOrId) : packOrId;
  return evaluateCredential({
    credential: credential(rulePack.id, certifiedOn, extra),
    pack: rulePack,
    activities,
    asOf,
  });
}

export function standing(evaluation: CredentialEvaluation, activityId: number) {
  const found = evaluation.activities.find((a) => a.activityId === activityId);
  if (!found) throw new Error(`activity ${activityId} not in the evaluation`);
  return found;
}

export function category(evaluation: CredentialEvaluation, key: string) {
  const found = evaluation.categories.find((c) => c.key === key);
  if (!found) throw new Error(`category ${key} not in the evaluation`);
  return found;
}

/** AAMA approved credit, n points in one category, on a day. */
export const aama = (on: string, amount: number, category: string, id?: number) =>
  activity({ id, on, amount, category, approvedBy: 'AAMA' });

/** Outside (not AAMA-approved) credit in contact hours. */
export const outside = (on: string, amount: number, category: string, id?: number) =>
  activity({ id, on, amount, unit: 'contact_hour', category });
