import { cycleInEffect, type PastCycleFacts } from '../domain/cycle-history';
import type { Activity, Credential } from '../domain/portfolio';
import type { RulePack } from '../domain/rule-pack';
import { computeCycle, type CredentialLike } from '../domain/rules';

/**
 * Puts each credential in the cycle in effect on `asOf` (a finished one, or the current
 * one after its renewals) and leaves out, for each credential, the activities another of
 * its finished cycles counted: an activity counts in one cycle only.
 */
export function withCycleHistory(
  credentials: readonly Credential[],
  packFor: (credential: Credential) => RulePack,
  history: readonly PastCycleFacts[],
  activities: readonly Activity[],
  asOf: string,
): { credentials: CredentialLike[]; activities: Activity[] } {
  const byCredential = new Map<number, PastCycleFacts[]>();
  for (const cycle of history) {
    const list = byCredential.get(cycle.credentialId) ?? [];
    list.push(cycle);
    byCredential.set(cycle.credentialId, list);
  }
  const leftOut = new Map<number, ReadonlySet<number>>();
  const placed = credentials.map((credential): CredentialLike => {
    const own = byCredential.get(credential.id);
    if (!own) return credential;
    const inEffect = cycleInEffect(credential, own, asOf);
    if (inEffect.countedElsewhere.size > 0) leftOut.set(credential.id, inEffect.countedElsewhere);
    let expiresOn = inEffect.expiresOn;
    // A finished cycle's end is kept as it stood; when the rules give that day anyway it
    // reads as computed, not as an expiry the person entered.
    if (
      inEffect.past &&
      computeCycle(inEffect.past.startedOn, null, packFor(credential).cycle).end === expiresOn
    )
      expiresOn = null;
    return { ...credential, cycleStart: inEffect.cycleStart, expiresOn };
  });
  if (leftOut.size === 0) return { credentials: placed, activities: [...activities] };
  const claimed = activities.map((activity) => {
    const credentialIds = activity.credentialIds.filter((id) => !leftOut.get(id)?.has(activity.id));
    return credentialIds.length === activity.credentialIds.length ? activity : { ...activity, credentialIds };
  });
  return { credentials: placed, activities: claimed };
}
