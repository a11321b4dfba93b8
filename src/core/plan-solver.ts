import { createRequire } from 'node:module';
import path from 'node:path';
import type { LpSolution, LpSolver } from '../domain/plan/types';

const require = createRequire(import.meta.url);

/**
 * Where HiGHS's WebAssembly file is, as a real path: in the packaged app it is unpacked
 * beside app.asar (electron-builder.yml), because the planner runs on a worker thread.
 */
export function highsWasmPath(): string {
  return require.resolve('highs/runtime').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1');
}

/**
 * HiGHS (compiled to WebAssembly, the `highs` package) as the planner's solver: loaded
 * once, offline, in Node or a worker. The MIP gap is 0 so the plan is the exact optimum.
 */
let loading: Promise<LpSolver> | null = null;

export function loadPlanSolver(): Promise<LpSolver> {
  loading ??= import('highs').then(async (module) => {
    const load = (
      module as unknown as {
        default: (settings: { locateFile: (file: string) => string }) => Promise<HighsLike>;
      }
    ).default;
    const wasm = highsWasmPath();
    const highs = await load({ locateFile: (file) => path.join(path.dirname(wasm), file) });
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
