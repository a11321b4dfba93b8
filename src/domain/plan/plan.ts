import { withoutDominated } from './dominated';
import { anyCategory, buildModel, usableItems, valueOf, type Model } from './model';
import { spreadByMonth } from './schedule';
import type {
  ChosenItem,
  CredentialNeed,
  CredentialOutcome,
  ItemUse,
  LpSolution,
  LpSolver,
  PlanInput,
  PlanLimits,
  PlanResult,
  RelaxAdvice,
} from './types';

/**
 * The cheapest set of catalogue items that meets every credential's missing requirements
 * before its deadline, within the person's limits; pure, given a solver. When nothing fits,
 * it re-solves with each limit relaxed alone to say which one to relax.
 */
export function planFor(input: PlanInput, solve: LpSolver): PlanResult {
  const outcomes = input.needs.map((need) => outcomeOf(need, input.today));
  const active = input.needs.filter((_, i) => outcomes[i]!.outcome === 'planned');
  const { withoutPrice } = usableItems(input.catalogue, input.member, input.limits);
  const first = attempt(input, active, input.limits, solve);
  if (first.solution.status === 'optimal') {
    const items = chosenItems(first.model, first.solution);
    return {
      kind: 'plan',
      cost: round2(items.reduce((sum, item) => sum + item.cost, 0)),
      hours: items.reduce((sum, item) => sum + item.hours, 0),
      items,
      months: spreadByMonth(input.today, first.model, first.solution),
      credentials: outcomes,
      withoutPrice,
    };
  }
  const relax = relaxAdvice(input, active, solve);
  if (relax.length === 0 && !attempt(input, active, open(input.limits), solve).feasible) {
    for (const need of active) {
      if (!attempt(input, [need], open(input.limits), solve).feasible) {
        const outcome = outcomes.find((o) => o.credentialId === need.credentialId)!;
        outcome.outcome = 'not_coverable';
      }
    }
    return { kind: 'no_plan', relax, credentials: outcomes, withoutPrice };
  }
  return {
    kind: 'no_plan',
    relax: relax.length > 0 ? relax : [{ limit: 'all' }],
    credentials: outcomes,
    withoutPrice,
  };
}

function attempt(input: PlanInput, needs: readonly CredentialNeed[], limits: PlanLimits, solve: LpSolver) {
  const { items } = usableItems(input.catalogue, input.member, limits);
  const model = buildModel(input.today, needs, withoutDominated(items, new Set(limits.preferred)), limits);
  const solution: LpSolution = needs.length === 0 ? { status: 'optimal', values: {} } : solve(model.lp);
  return { model, solution, feasible: solution.status === 'optimal' };
}

function open(limits: PlanLimits): PlanLimits {
  return { ...limits, budget: null, hoursPerMonth: null, excluded: [] };
}

function relaxAdvice(input: PlanInput, active: readonly CredentialNeed[], solve: LpSolver): RelaxAdvice[] {
  const advice: RelaxAdvice[] = [];
  const { limits } = input;
  if (limits.budget !== null) {
    const tried = attempt(input, active, { ...limits, budget: null }, solve);
    if (tried.feasible) {
      const items = chosenItems(tried.model, tried.solution);
      advice.push({ limit: 'budget', neededBudget: round2(items.reduce((sum, item) => sum + item.cost, 0)) });
    }
  }
  if (limits.hoursPerMonth !== null) {
    const tried = attempt(input, active, { ...limits, hoursPerMonth: null }, solve);
    if (tried.feasible) {
      const { model, solution } = tried;
      const perMonth = model.periodEnds.map((_, p) => {
        const hours = model.items.reduce(
          (sum, m) => sum + m.item.hoursPerUnit * valueOf(solution, `x${m.index}_${p}`),
          0,
        );
        return hours / model.periodMonths[p]!;
      });
      advice.push({ limit: 'hoursPerMonth', neededHoursPerMonth: Math.ceil(Math.max(0, ...perMonth)) });
    }
  }
  if (limits.excluded.length > 0) {
    const tried = attempt(input, active, { ...limits, excluded: [] }, solve);
    if (tried.feasible) {
      const used = chosenItems(tried.model, tried.solution)
        .map((item) => item.itemId)
        .filter((id) => limits.excluded.includes(id));
      const names = used.map((id) => input.catalogue.find((item) => item.id === id)?.name ?? id);
      advice.push({ limit: 'excluded', items: used, names });
    }
  }
  return advice;
}

function outcomeOf(need: CredentialNeed, today: string): CredentialOutcome {
  const missing = Math.max(need.total, need.approved, ...need.categories.map((c) => c.min));
  const base = {
    credentialId: need.credentialId,
    credential: need.credential,
    deadline: need.deadline,
    missing,
  };
  if (missing <= 0) return { ...base, outcome: 'complete' };
  if (need.deadline < today) return { ...base, outcome: 'too_late' };
  return { ...base, outcome: 'planned' };
}

function chosenItems(model: Model, solution: LpSolution): ChosenItem[] {
  const chosen: ChosenItem[] = [];
  for (const m of model.items) {
    const units = model.periodEnds.reduce((sum, _, p) => sum + valueOf(solution, `x${m.index}_${p}`), 0);
    const years = m.membership ? valueOf(solution, `y${m.index}`) : 0;
    if (units === 0 && years === 0) continue;
    const uses: ItemUse[] = [];
    model.needs.forEach((need, c) => {
      if (!model.accepts(m, need)) return;
      const byCategory: Record<string, number> = {};
      let points = 0;
      for (const key of model.unitCategories(m, need, c)) {
        const credit = valueOf(solution, `w${m.index}_${c}_${key}`) * m.item.creditPerUnit;
        if (credit <= 0) continue;
        points += credit;
        if (key !== anyCategory) byCategory[key] = credit;
      }
      if (points > 0) {
        uses.push({
          credentialId: need.credentialId,
          credential: need.credential,
          points,
          byCategory,
          approved: model.isApproved(m, need),
        });
      }
    });
    chosen.push({
      itemId: m.item.id,
      name: m.item.name,
      provider: m.item.provider,
      units,
      yearsBought: years,
      cost: round2(m.price * (m.membership ? years : units)),
      hours: units * m.item.hoursPerUnit,
      owned: m.item.owned,
      uses,
      unverified: m.item.unverified,
    });
  }
  return chosen;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
