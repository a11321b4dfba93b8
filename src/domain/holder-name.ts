/**
 * Whether the name printed on a certificate is the holder's: the same person written
 * another way. Accents, case and punctuation do not matter; "Ruiz, Ana" is "Ana Ruiz";
 * middle names and initials may be there or not on either side; a second surname may be
 * left off (common on Spanish names). The given name and one surname must be there.
 */
export function namesMatch(onCertificate: string, holderName: string): boolean {
  const printed = nameWords(onCertificate);
  const holder = nameWords(holderName);
  // Nothing to compare: no warning.
  if (printed.length === 0 || holder.length === 0) return true;
  const printedSet = new Set(printed);
  const [given, ...rest] = holder as [string, ...string[]];
  if (rest.length === 0) return printedSet.has(given);
  const initials = new Set(printed.filter((word) => word.length === 1));
  const givenThere =
    printedSet.has(given) ||
    initials.has(given[0]!) ||
    (given.length === 1 && printed.some((word) => word.startsWith(given)));
  const surnames = rest.filter((word) => word.length > 1);
  const surnameThere = surnames.length === 0 || surnames.some((word) => printedSet.has(word));
  return givenThere && surnameThere;
}

/** Whether the printed name is any of the holder's names (a maiden name on record, say). */
export function matchesAnyName(onCertificate: string, names: readonly string[]): boolean {
  const known = names.filter((name) => name.trim() !== '');
  return known.length === 0 || known.some((name) => namesMatch(onCertificate, name));
}

const notPartOfName = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'jr', 'sr', 'ii', 'iii', 'iv']);

/** A name as plain lower-case words, given name first ("Ruiz, Ana M." → ana m ruiz). */
export function nameWords(name: string): string[] {
  const comma = name.indexOf(',');
  const ordered =
    comma > 0 && !/^\s*(?:jr|sr|ii|iii|iv)\b/i.test(name.slice(comma + 1))
      ? `${name.slice(comma + 1)} ${name.slice(0, comma)}`
      : name;
  return ordered
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !notPartOfName.has(word));
}
