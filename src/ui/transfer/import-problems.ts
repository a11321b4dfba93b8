import { ApiFailure } from '../api/client';

/** One problem in an import file, with its place: `activities[3].credits[0].unit`. */
export type ImportProblem = { path: string; message: string };

/** The problems an IMPORT_INVALID failure carries; empty for any other failure. */
export function importProblemsOf(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiFailure) || error.code !== 'IMPORT_INVALID') return [];
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((problem: unknown) => {
    if (typeof problem !== 'object' || problem === null) return [];
    const { path, message } = problem as { path?: unknown; message?: unknown };
    return typeof message === 'string' ? [{ path: typeof path === 'string' ? path : '', message }] : [];
  });
}
