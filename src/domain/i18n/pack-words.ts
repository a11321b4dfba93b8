import { packWords } from './messages/packWords.en';
import { rulePacks } from './messages/rulePacks.en';
import { packProseEs } from './pack-prose.es';
import type { MessageKey } from './translator';

/** Each built-in pack phrase's key, written out so the check for unused keys sees it. */
const keys: Record<Exclude<keyof typeof packWords, 'confirmWith' | 'languageCode'>, MessageKey> = {
  mailedApplication: 'packWords.mailedApplication',
  onlineApplication: 'packWords.onlineApplication',
  expeditedApplication: 'packWords.expeditedApplication',
  memberFee: 'packWords.memberFee',
  nonMemberFee: 'packWords.nonMemberFee',
  reactivationFee: 'packWords.reactivationFee',
  amtAnnualFee: 'packWords.amtAnnualFee',
  ncctAnnualFee: 'packWords.ncctAnnualFee',
  nhaRenewalFee: 'packWords.nhaRenewalFee',
  aamaLapsed: 'packWords.aamaLapsed',
  amtLapsed: 'packWords.amtLapsed',
  nhaLapsed: 'packWords.nhaLapsed',
  ncctLapsed: 'packWords.ncctLapsed',
  amcaLapsed: 'packWords.amcaLapsed',
};

/** The key of each built-in pack phrase, found by its English words. */
const keyOf: ReadonlyMap<string, MessageKey> = new Map(
  (Object.keys(keys) as (keyof typeof keys)[]).map((name) => [packWords[name], keys[name]]),
);

/** A rule pack's own words in the person's language when they are a built-in pack's; as written otherwise. */
export function packPhrase(
  text: string,
  t: (key: MessageKey, values?: Record<string, string>) => string,
): string {
  const key = keyOf.get(text.trim());
  if (key) return t(key);
  // Every built-in pack ends its rules with the same reminder, naming its body.
  const confirm =
    /^Rules and fees change: confirm these requirements with the (\w+) before you apply\.$/.exec(text.trim());
  if (confirm) return t('packWords.confirmWith', { body: confirm[1]! });
  if (text.trim() === defaultConfirmNote) return t('rulePacks.editor.defaultConfirmNote');
  // A built-in pack's longer sentences (notes, descriptions, routes back) by their English.
  if (t('packWords.languageCode') === 'es') return packProseEs[text.trim()] ?? text;
  return text;
}

/** The reminder a custom pack gets when its author wrote none (rule-pack-form.ts). */
const defaultConfirmNote = rulePacks.editor.defaultConfirmNote;
