/**
 * The recertification rules engine: built-in rule packs, the cycle, unit conversion,
 * the exact allocation of capped credit, status and plain-words explanations.
 * See docs/rules-engine.md for the conventions.
 */
export { builtInRulePacks, findRulePack } from './packs';
export { effectivePack, InvalidOverridesError } from './overrides';
export {
  evaluateCredential,
  evaluatePortfolio,
  type CredentialLike,
  type EvaluateCredentialInput,
  type EvaluatePortfolioInput,
} from './evaluate';
export type { ActivityLike } from './activity-like';
export { computeCycle, lastDayOfSpan, type CycleDates } from './cycle';
export { convertCredit, activityLength, minutesPerUnit, type ActivityLength } from './convert';
export { DUE_SOON_DAYS } from './status';
