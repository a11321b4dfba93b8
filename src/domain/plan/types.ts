import type { ActivityKind } from '../portfolio';
import type { CatalogueItem } from './catalogue';

/** What one credential still needs, read from its evaluation (see needs.ts). */
export interface CredentialNeed {
  credentialId: number;
  /** The credential's abbreviation, e.g. CMA. */
  credential: string;
  /** The certifying body, e.g. AAMA: an item counts for it when the body is in acceptedBy. */
  body: string;
  /** The last day planned credit can be earned: the cycle's end less the body's processing time. */
  deadline: string;
  /** Points still missing in all. */
  total: number;
  /** Points still missing in each of the pack's categories (none when the pack has none). */
  categories: readonly { key: string; min: number }[];
  /** Points still missing from approved providers (0 when the pack has no such rule). */
  approved: number;
  /** The bodies whose approval counts as approved (empty when the pack has no such rule). */
  approvedBodies: readonly string[];
  /** Points from other providers that can still count; null when there is no such cap. */
  outsideRoom: number | null;
  /** Kinds that never count for this credential. */
  excludedKinds: readonly ActivityKind[];
  /** Kinds counted at most this many more times in the cycle (CPR cards: three). */
  kindRoom: Partial<Record<ActivityKind, number>>;
}

export interface PlanLimits {
  /** Dollars the person can spend in all; null for no limit. */
  budget: number | null;
  /** Hours a month the person can spend; null for no limit. */
  hoursPerMonth: number | null;
  /** Items chosen first when two plans cost the same. */
  preferred: readonly string[];
  /** Items never chosen. */
  excluded: readonly string[];
}

export const noLimits: PlanLimits = { budget: null, hoursPerMonth: null, preferred: [], excluded: [] };

export interface PlanInput {
  /** The first day of the plan, YYYY-MM-DD. */
  today: string;
  needs: readonly CredentialNeed[];
  catalogue: readonly CatalogueItem[];
  /** The person is a member (member prices apply). */
  member: boolean;
  limits: PlanLimits;
}

/** The solver's answer to one model, in the planner's terms. */
export interface LpSolution {
  status: 'optimal' | 'infeasible' | 'failed';
  /** Column values by name (absent columns are 0). */
  values: Readonly<Record<string, number>>;
}
/** Solves a mixed-integer program written in CPLEX LP format (the app passes HiGHS). */
export type LpSolver = (lp: string) => LpSolution;

/** What one chosen item does for one credential. */
export interface ItemUse {
  credentialId: number;
  credential: string;
  /** Points it brings to the credential. */
  points: number;
  /** Points by category (the pack's category keys; empty when the pack has none). */
  byCategory: Readonly<Record<string, number>>;
  /** Of them, from a provider the credential's body approves. */
  approved: boolean;
}

export interface ChosenItem {
  itemId: string;
  name: string;
  provider: string;
  /** Courses, tests or cards taken (for a membership: the courses taken with it). */
  units: number;
  /** Years of membership bought (0 for a per-unit item). */
  yearsBought: number;
  cost: number;
  hours: number;
  owned: boolean;
  uses: readonly ItemUse[];
  /** Figures about this item the app could not confirm. */
  unverified: readonly string[];
}

export interface PlanMonthItem {
  itemId: string;
  units: number;
  hours: number;
  /** Paid this month (a membership is paid the month its first course is taken). */
  cost: number;
}
export interface PlanMonth {
  /** YYYY-MM. */
  month: string;
  items: readonly PlanMonthItem[];
  hours: number;
  cost: number;
}

/** A limit that, relaxed alone, lets a plan fit; with what relaxing it takes. */
export type RelaxAdvice =
  | { limit: 'budget'; neededBudget: number }
  | { limit: 'hoursPerMonth'; neededHoursPerMonth: number }
  | {
      limit: 'excluded';
      items: readonly string[];
      /** The same items by name, for words. */ names: readonly string[];
    }
  | { limit: 'all' };

export interface CredentialOutcome {
  credentialId: number;
  credential: string;
  deadline: string;
  /** planned: the plan covers what is missing; complete: nothing missing; too_late: the deadline has passed. */
  outcome: 'planned' | 'complete' | 'too_late' | 'not_coverable';
  missing: number;
}

export type PlanResult =
  | {
      kind: 'plan';
      cost: number;
      hours: number;
      items: readonly ChosenItem[];
      months: readonly PlanMonth[];
      credentials: readonly CredentialOutcome[];
      /** Catalogue items left out because their price is not known. */
      withoutPrice: readonly { itemId: string; name: string }[];
    }
  | {
      kind: 'no_plan';
      /** Each limit that alone makes a plan fit; empty when only relaxing them all does (see `all`). */
      relax: readonly RelaxAdvice[];
      credentials: readonly CredentialOutcome[];
      withoutPrice: readonly { itemId: string; name: string }[];
    };

/** The plan for a whole portfolio: from the day it was made, with each credential's need. */
export interface PortfolioPlan {
  asOf: string;
  needs: CredentialNeed[];
  result: PlanResult;
}
