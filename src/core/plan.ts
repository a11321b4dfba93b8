import type { CatalogueItem } from '../domain/plan/catalogue';
import { needFromEvaluation } from '../domain/plan/needs';
import { plannedAsActivity } from '../domain/plan/planned';
import { planFor } from '../domain/plan/plan';
import type { PlanLimits, PortfolioPlan } from '../domain/plan/types';
import { effectivePack } from '../domain/rules';
import { loadPlanSolver } from './plan-solver';
import { type ChosenToPlan, plannedFromChosen } from '../domain/plan/to-planned';
import type { PlannedActivity } from '../domain/plan/planned';
import { userError } from './errors';
import type { Portfolio } from './portfolio';

export type { PortfolioPlan };

/**
 * The plan for every credential in the portfolio, from where each stands today with the
 * person's planned activities read as if done: the plan covers what they leave missing.
 * The catalogue is the built-in one with the person's own items and what they own.
 */
export async function planPortfolio(
  portfolio: Portfolio,
  options: { asOf?: string; limits: PlanLimits; member: boolean; catalogue?: readonly CatalogueItem[] },
): Promise<PortfolioPlan> {
  const asOf = options.asOf ?? portfolio.today();
  const planned = portfolio.listPlanned().map((p) => plannedAsActivity(p, asOf));
  const evaluation = {
    asOf,
    credentials: portfolio.evaluateWith([...portfolio.listActivities(), ...planned], asOf),
  };
  const packs = portfolio.listRulePacks();
  const credentials = portfolio.listCredentials();
  const needs = evaluation.credentials.map((standing) => {
    const credential = credentials.find((c) => c.id === standing.credentialId)!;
    const pack = effectivePack(
      packs.find((p) => p.id === credential.rulePackId)!,
      credential.overrides,
    );
    return needFromEvaluation(standing, pack);
  });
  const solve = await loadPlanSolver();
  const result = planFor(
    {
      today: evaluation.asOf,
      needs,
      catalogue: options.catalogue ?? portfolio.catalogue(),
      member: options.member,
      limits: options.limits,
    },
    solve,
  );
  return { asOf: evaluation.asOf, needs, result };
}

/** Keeps a chosen item of a plan as planned activities, one per month it was spread over. */
export function keepChosenAsPlanned(portfolio: Portfolio, chosen: ChosenToPlan): PlannedActivity[] {
  const item = portfolio.catalogue().find((entry) => entry.id === chosen.itemId);
  if (!item) throw userError('NOT_FOUND', { key: 'planning.errors.itemGone' });
  const credentials = portfolio.listCredentials();
  const packs = portfolio.listRulePacks();
  const packOf = (credentialId: number) => {
    const credential = credentials.find((c) => c.id === credentialId);
    const pack = credential && packs.find((p) => p.id === credential.rulePackId);
    return pack ? effectivePack(pack, credential.overrides) : undefined;
  };
  const inputs = plannedFromChosen(chosen, item, packOf, portfolio.today());
  return portfolio.db.transaction(() => inputs.map((input) => portfolio.savePlanned(input)))();
}
