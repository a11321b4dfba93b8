import {
  cycleInEffect,
  factsOf,
  lastDayInEffect,
  type PastCycle,
  type RenewalInput,
} from '../domain/cycle-history';
import { decideRenewal, type RenewalProblem, type RenewalRefusalDetails } from '../domain/renewal';
import { computeCycle, effectivePack } from '../domain/rules';
import * as cycles from './db/cycle-repository';
import { UserError, userError } from './errors';
import { formatLongDate } from './packet/format';
import type { Portfolio } from './portfolio';

/**
 * "I renewed on DATE" and "I reactivated by exam on DATE": the current cycle is kept,
 * with its evaluation as it stood, and the next one starts by the pack's rule. Nothing
 * else changes (no activity, no credential field), so undoing the last renewal gives
 * back exactly what was there.
 */

/** Closes the credential's current cycle on `on` and returns it as kept. */
export function renewCredential(portfolio: Portfolio, input: RenewalInput): PastCycle {
  const credential = portfolio.getCredential(input.credentialId);
  const pack = effectivePack(portfolio.findRulePack(credential.rulePackId), credential.overrides);
  const history = portfolio.listPastCycles(credential.id).map(factsOf);
  const current = cycleInEffect(credential, history, '9999-12-31');
  const cycle = computeCycle(current.cycleStart ?? credential.certifiedOn, current.expiresOn, pack.cycle);
  const evaluateOn = (day: string) =>
    portfolio.evaluate(day, { credentialIds: [credential.id] }).credentials[0];
  const today = portfolio.today();
  const statusOn = input.on > cycle.start && input.on <= today ? evaluateOn(input.on)?.status : undefined;
  const decision = decideRenewal({
    pack,
    cycle,
    on: input.on,
    by: input.by,
    today,
    statusOn: statusOn ?? 'not_started',
  });
  if (!decision.ok) throw refusal(decision.problem, pack.credential, cycle, decision.opensOn);

  const kept = {
    credentialId: credential.id,
    startedOn: cycle.start,
    endedOn: cycle.end,
    ending: decision.ending,
    statedOn: input.on,
    nextStartedOn: decision.next.start,
  };
  const evaluation = evaluateOn(lastDayInEffect(kept));
  if (!evaluation) throw new Error(`No evaluation for credential ${credential.id}.`);
  const past: PastCycle = { ...kept, evaluation };
  portfolio.db.transaction(() => cycles.addPastCycle(portfolio.db, past, portfolio.now))();
  return past;
}

/** Adds a finished cycle read from a portfolio file, with its evaluation worked out from the activities now stored. */
export function restorePastCycle(
  portfolio: Portfolio,
  credentialId: number,
  cycle: Omit<PastCycle, 'credentialId' | 'evaluation'>,
): void {
  const kept = { ...cycle, credentialId };
  const evaluation = portfolio.evaluate(lastDayInEffect(kept), { credentialIds: [credentialId] })
    .credentials[0];
  if (!evaluation) throw new Error(`No evaluation for credential ${credentialId}.`);
  cycles.addPastCycle(portfolio.db, { ...kept, evaluation }, portfolio.now);
}

/** Undoes the credential's last renewal: that cycle is current again, as it was. */
export function undoLastRenewal(portfolio: Portfolio, credentialId: number): PastCycle {
  const credential = portfolio.getCredential(credentialId);
  const removed = cycles.removeLastPastCycle(portfolio.db, credentialId);
  if (!removed) {
    const details: RenewalRefusalDetails = {
      problem: 'nothing_to_undo',
      credential: portfolio.findRulePack(credential.rulePackId).credential,
    };
    throw userError('NOT_FOUND', { key: 'errors.noRenewalToUndo' }, details);
  }
  return removed;
}

function refusal(
  problem: RenewalProblem,
  credential: string,
  cycle: { start: string; end: string },
  opensOn: string | undefined,
): UserError {
  const start = formatLongDate(cycle.start);
  const messages: Record<RenewalProblem, string> = {
    in_future: 'That date is after today. Record the renewal on the day it happened, or later.',
    before_cycle_start: `Your current ${credential} cycle started on ${start}. Enter a renewal date after that day.`,
    not_open: `Your ${credential} cycle is not open for renewal yet: the app counts less credit than the rules require, and renewal opens on ${formatLongDate(opensOn ?? cycle.end)}. Check the date, or add the activities you renewed with.`,
    ce_closed: `On that date your ${credential} could no longer be renewed by continuing education. If you passed the exam again, choose "By passing the exam again".`,
  };
  const details: RenewalRefusalDetails = { problem, credential, cycleStart: cycle.start, opensOn };
  return new UserError('INVALID_INPUT', messages[problem], details);
}
