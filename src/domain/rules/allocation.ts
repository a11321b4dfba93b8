import type { ActivityKind } from '../portfolio';

// What the allocation reads and answers, in a file of its own so that allocate.ts and
// the helpers it calls (kind-caps.ts) and the assessment that fills the chunks can all
// name them without importing one another.

/**
 * The eligible credit of one credential, one chunk per credit, as parallel arrays (a
 * status refresh allocates tens of thousands of chunks; one object each was most of the
 * engine's garbage). Chunks come in the order they should be preferred: earliest
 * activity first, and an activity's credits in the order entered.
 */
export interface CreditChunks {
  count: number;
  /** Per chunk: the index of its activity. */
  owner: ArrayLike<number>;
  /** Per chunk: the number of its category key in categoryNames (the pack's key, or the entered one when the pack has none). */
  category: ArrayLike<number>;
  /** Per chunk: hundredths of a point, after conversion and eligibility rules. */
  points: ArrayLike<number>;
  /** Per activity: 1 when from an approved provider. */
  approved: ArrayLike<number>;
  /** Per activity: the number of its kind in kindNames. */
  kind: ArrayLike<number>;
  categoryNames: readonly string[];
  kindNames: readonly ActivityKind[];
}

export interface AllocationRules {
  /** Empty when the pack has no categories: all credit goes to one open category. */
  categories: readonly { key: string; min: number; max: number | null }[];
  /** Most outside credit that may count; null when the pack has no approved-provider rule. */
  outsideCap: number | null;
  kindPointCaps: ReadonlyMap<ActivityKind, number>;
}

/** Per chunk, by index: hundredths counted and left out, and why (only where left out). */
export interface Allocation {
  counted: Float64Array;
  leftOut: Float64Array;
  causes: Uint8Array;
}
