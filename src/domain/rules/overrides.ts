import { rulePackSchema, type RulePack, type RulePackInput } from '../rule-pack';
import { upgradeOverrides, upgradeRulePack } from '../upgrade-pack';
import { unknownOverrideKeys } from './override-keys';

/**
 * A credential's own changes to its rule pack (a new fee, a different cycle length)
 * apply to that credential only. Objects merge key by key (overriding cycle.months
 * keeps cycle.anchor; overriding one unit keeps the others); arrays and null replace
 * what was there (a new categories list is the whole list). The pack id never changes:
 * the evaluation still names the pack the credential is based on.
 */

export class InvalidOverridesError extends Error {
  constructor(
    message: string,
    readonly issues: readonly string[],
    /** The credential whose rules the changes were for ("CMA"), for the message in another language. */
    readonly credential: string,
  ) {
    super(message);
    this.name = 'InvalidOverridesError';
  }
}

export function effectivePack(
  pack: RulePackInput | RulePack,
  overrides?: Record<string, unknown> | null,
): RulePack {
  // Stored packs and overrides may be in an older shape: upgraded as they are read.
  const upgraded = upgradeOverrides(overrides) ?? {};
  const unknown = unknownOverrideKeys(rulePackSchema, upgraded);
  const merged = mergeOver(upgradeRulePack(pack), upgraded) as Record<string, unknown>;
  merged.id = pack.id;
  const parsed = rulePackSchema.safeParse(merged);
  if (unknown.length > 0 || !parsed.success) {
    const issues = [
      ...unknown,
      ...(parsed.error?.issues ?? []).map((issue) => `${issue.path.join('.') || 'pack'}: ${issue.message}`),
    ];
    throw new InvalidOverridesError(
      `The changes made to the ${pack.credential} rules for this credential are not valid: ${issues.join('; ')}`,
      issues,
      pack.credential,
    );
  }
  return parsed.data;
}

const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function mergeOver(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (unsafeKeys.has(key) || value === undefined) continue;
    merged[key] = mergeOver(base[key], value);
  }
  return merged;
}
