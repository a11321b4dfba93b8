import { createHash } from 'node:crypto';
import type { CredentialEvaluation } from '../../src/domain/evaluation';

/**
 * "Byte-identical" made checkable: two evaluations are the same answer when their JSON
 * is the same string. On a difference, name the first place it shows (a credential, an
 * activity) instead of printing megabytes of JSON.
 */

export function firstDifference(
  live: readonly CredentialEvaluation[],
  reference: readonly CredentialEvaluation[],
): string | null {
  if (live.length !== reference.length) return `${live.length} evaluations instead of ${reference.length}`;
  for (let i = 0; i < live.length; i++) {
    const a = live[i] as CredentialEvaluation;
    const b = reference[i] as CredentialEvaluation;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    const { activities: activitiesA, ...restA } = a;
    const { activities: activitiesB, ...restB } = b;
    const at = `credential ${b.credentialId} (${b.rulePackId}, as of ${b.asOf})`;
    if (JSON.stringify(restA) !== JSON.stringify(restB)) {
      return `${at}:\n  live      ${JSON.stringify(restA)}\n  reference ${JSON.stringify(restB)}`;
    }
    if (activitiesA.length !== activitiesB.length) {
      return `${at}: ${activitiesA.length} activities instead of ${activitiesB.length}`;
    }
    for (let j = 0; j < activitiesA.length; j++) {
      const x = JSON.stringify(activitiesA[j]);
      const y = JSON.stringify(activitiesB[j]);
      if (x !== y) return `${at}, activity #${j}:\n  live      ${x}\n  reference ${y}`;
    }
  }
  return null;
}

export function sha256(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** What an evaluation throws, as text, so a failure can be compared like an answer. */
export function outcomeOf<T>(run: () => T): T | { threw: string } {
  try {
    return run();
  } catch (error) {
    return { threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
