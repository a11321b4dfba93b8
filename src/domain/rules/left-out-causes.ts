import type { ActivityKind } from '../portfolio';

/**
 * Which full limits left a chunk's credit out, in the order they were found: one base-4
 * digit per limit (see `leftOutCauses`), so no list is built per chunk.
 */
export const OUTSIDE_CAP = 1;
export const KIND_CAP = 2;
export const CATEGORY_MAX = 3;
export const addCause = (code: number, cause: number) => code * 4 + cause;

export type LeftOutCause =
  | { type: 'outside_cap' }
  | { type: 'category_max'; category: string }
  | { type: 'kind_cap'; kind: ActivityKind };

/** The causes in a code, in the order they were found, for the chunk of `kind` in `category`. */
export function leftOutCauses(code: number, kind: ActivityKind, category: string): LeftOutCause[] {
  const causes: LeftOutCause[] = [];
  for (let rest = code; rest > 0; rest = Math.floor(rest / 4)) {
    const cause = rest % 4;
    causes.unshift(
      cause === OUTSIDE_CAP
        ? { type: 'outside_cap' }
        : cause === KIND_CAP
          ? { type: 'kind_cap', kind }
          : { type: 'category_max', category },
    );
  }
  return causes;
}
