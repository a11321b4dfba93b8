import type { LpSolution, LpSolver } from '../domain/plan/types';

/**
 * HiGHS (compiled to WebAssembly, the `highs` package) as the planner's solver: loaded
 * once, offline, in Node or a worker. The MIP gap is 0 so the plan is the exact optimum.
 */
let loading: Promise<LpSolver> | null = null;

export function loadPlanSolver(): Promise<LpSolver> {
  loading ??= import('highs').then(async (module) => {
    const load = (module as unknown as { default: () => Promise<HighsLike> }).default;
    const highs = await load();
    return (lp: string): LpSolution => {
      const result = highs.solve(lp, { mip_rel_gap: 0, output_flag: false });
      if (result.Status === 'Optimal') {
        const values: Record<string, number> = {};
        for (const [name, column] of Object.entries(result.Columns)) values[name] = column.Primal ?? 0;
        return { status: 'optimal', values };
      }
      return { status: result.Status === 'Infeasible' ? 'infeasible' : 'failed', values: {} };
    };
  });
  return loading;
}

interface HighsLike {
  solve(
    lp: string,
    options: Record<string, number | boolean | string>,
  ): { Status: string; Columns: Record<string, { Primal?: number }> };
}
