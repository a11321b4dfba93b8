import type { NestedMessage } from '../../domain/i18n/translator';
import { ApiFailure } from '../api/client';

/**
 * One problem in an import file, with its place: `activities[3].credits[0].unit`. The
 * English `message` and `path`, and their keys (`said`, `pathSaid`) when core sent them.
 */
export type ImportProblem = { path: string; message: string; said?: NestedMessage; pathSaid?: NestedMessage };

/** The problems an IMPORT_INVALID failure carries; empty for any other failure. */
export function importProblemsOf(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiFailure) || error.code !== 'IMPORT_INVALID') return [];
  const problems = (error.details as { problems?: unknown } | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.flatMap((problem: unknown) => {
    if (typeof problem !== 'object' || problem === null) return [];
    const { path, message, said, pathSaid } = problem as {
      path?: unknown;
      message?: unknown;
      said?: unknown;
      pathSaid?: unknown;
    };
    if (typeof message !== 'string') return [];
    return [
      {
        path: typeof path === 'string' ? path : '',
        message,
        ...(isMessage(said) ? { said } : {}),
        ...(isMessage(pathSaid) ? { pathSaid } : {}),
      },
    ];
  });
}

function isMessage(value: unknown): value is NestedMessage {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}
