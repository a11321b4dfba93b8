import type { RulePack, RulePackInput } from '../rule-pack';
import { aamaCma } from './built-in/aama';
import { amcaMa } from './built-in/amca';
import { amtCmas, amtRma } from './built-in/amt';
import { ncctNcma } from './built-in/ncct';
import { nhaCcma, nhaCmaa, nhaCpt } from './built-in/nha';

/** The rule packs that ship with the app, one per credential. */
export const builtInRulePacks: RulePack[] = [
  aamaCma,
  amtRma,
  amtCmas,
  nhaCcma,
  nhaCmaa,
  nhaCpt,
  ncctNcma,
  amcaMa,
];

export function findRulePack<P extends Pick<RulePackInput, 'id'>>(
  packs: readonly P[],
  id: string,
): P | undefined {
  return packs.find((pack) => pack.id === id);
}
