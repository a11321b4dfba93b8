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
import { type SaidAs, type UserError, userError } from './errors';
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
  const said: Record<RenewalProblem, SaidAs> = {
    in_future: { key: 'renewals.problem.in_future' },
    before_cycle_start: {
      key: 'renewals.problem.before_cycle_start',
      values: { credential, start: { date: cycle.start } },
    },
    not_open: {
      key: 'renewals.problem.not_open',
      values: { credential, date: { date: opensOn ?? cycle.end } },
    },
    ce_closed: { key: 'renewals.problem.ce_closed', values: { credential } },
  };
  const details: RenewalRefusalDetails = { problem, credential, cycleStart: cycle.start, opensOn };
  return userError('INVALID_INPUT', said[problem], details);
}
