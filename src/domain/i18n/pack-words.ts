import { packWords } from './messages/packWords.en';
import type { MessageKey } from './translator';

/** Each built-in pack phrase's key, written out so the check for unused keys sees it. */
const keys: Record<keyof typeof packWords, MessageKey> = {
  mailedApplication: 'packWords.mailedApplication',
  onlineApplication: 'packWords.onlineApplication',
  expeditedApplication: 'packWords.expeditedApplication',
  memberFee: 'packWords.memberFee',
  nonMemberFee: 'packWords.nonMemberFee',
  reactivationFee: 'packWords.reactivationFee',
  amtAnnualFee: 'packWords.amtAnnualFee',
  ncctAnnualFee: 'packWords.ncctAnnualFee',
  nhaRenewalFee: 'packWords.nhaRenewalFee',
};

/** The key of each built-in pack phrase, found by its English words. */
const keyOf: ReadonlyMap<string, MessageKey> = new Map(
  (Object.keys(keys) as (keyof typeof packWords)[]).map((name) => [packWords[name], keys[name]]),
);

/** A rule pack's own words in the person's language when they are a built-in pack's; as written otherwise. */
export function packPhrase(text: string, t: (key: MessageKey) => string): string {
  const key = keyOf.get(text.trim());
  return key ? t(key) : text;
}
