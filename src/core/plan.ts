import { builtInCatalogue, type CatalogueItem } from '../domain/plan/catalogue';
import { needFromEvaluation } from '../domain/plan/needs';
import { planFor } from '../domain/plan/plan';
import type { CredentialNeed, PlanLimits, PlanResult } from '../domain/plan/types';
import { effectivePack } from '../domain/rules';
import { loadPlanSolver } from './plan-solver';
import type { Portfolio } from './portfolio';

export interface PortfolioPlan {
  asOf: string;
  needs: CredentialNeed[];
  result: PlanResult;
}

/**
 * The plan for every credential in the portfolio, from where each stands today. The
 * catalogue is the built-in one until the person's own items and what they own are stored.
 */
export async function planPortfolio(
  portfolio: Portfolio,
  options: { asOf?: string; limits: PlanLimits; member: boolean; catalogue?: readonly CatalogueItem[] },
): Promise<PortfolioPlan> {
  const evaluation = portfolio.evaluate(options.asOf);
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
      catalogue: options.catalogue ?? builtInCatalogue,
      member: options.member,
      limits: options.limits,
    },
    solve,
  );
  return { asOf: evaluation.asOf, needs, result };
}
