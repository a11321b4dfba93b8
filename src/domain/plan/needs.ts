import { format, parseISO, subDays } from 'date-fns';
import type { CredentialEvaluation } from '../evaluation';
import type { ActivityKind } from '../portfolio';
import type { RulePack } from '../rule-pack';
import type { CredentialNeed } from './types';

/**
 * What a credential still needs, from its evaluation and its (effective) rule pack. The
 * deadline leaves the body's longest processing time (a mailed application), so the plan
 * still holds whichever way the person applies. `doneOfKind` counts the activities of a
 * kind already claimed in this cycle (CPR cards toward the three that count).
 */
export function needFromEvaluation(
  evaluation: CredentialEvaluation,
  pack: RulePack,
  doneOfKind: (kind: ActivityKind) => number = () => 0,
): CredentialNeed {
  const processing = Math.max(0, ...pack.processing.map((p) => p.days));
  const required = pack.totalRequired;
  const approvedCounted = evaluation.approvedProviders?.counted ?? 0;
  const kindRoom: Partial<Record<ActivityKind, number>> = {};
  for (const rule of pack.kindRules) {
    if (rule.maxCount !== null && !rule.excluded) {
      kindRoom[rule.kind] = Math.max(0, rule.maxCount - doneOfKind(rule.kind));
    }
  }
  return {
    credentialId: evaluation.credentialId,
    credential: evaluation.credential,
    body: evaluation.body,
    deadline: format(subDays(parseISO(evaluation.cycle.end), processing), 'yyyy-MM-dd'),
    total: evaluation.status === 'complete' ? 0 : evaluation.stillNeeded,
    categories: evaluation.categories.map((category) => ({ key: category.key, min: category.stillNeeded })),
    approved: evaluation.approvedProviders?.stillNeeded ?? 0,
    approvedBodies: pack.approvedProviders?.bodies ?? [],
    outsideRoom: pack.approvedProviders
      ? Math.max(0, required - pack.approvedProviders.minPoints - (evaluation.counted - approvedCounted))
      : null,
    excludedKinds: pack.kindRules.filter((rule) => rule.excluded).map((rule) => rule.kind),
    kindRoom,
  };
}
