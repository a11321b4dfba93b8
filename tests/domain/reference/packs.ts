import type { RulePackInput } from '../../../src/domain/rule-pack';

/** The reference engine reads the same packs as the live one: only the engine is frozen. */
export function findRulePack<P extends Pick<RulePackInput, 'id'>>(
  packs: readonly P[],
  id: string,
): P | undefined {
  return packs.find((pack) => pack.id === id);
}
