/**
 * A message catalog: nested groups of ICU MessageFormat strings ("{count, plural, one {#
 * file} other {# files}}"). English is the reference; every other language must have the
 * same keys, which the type below makes a compile error to forget.
 */
export interface Catalog {
  [key: string]: string | Catalog;
}

/** The same keys as `T`, each with a string of its own. */
export type CatalogOf<T> = { [K in keyof T]: T[K] extends string ? string : CatalogOf<T[K]> };

/** Every key of a catalog, as the dotted path `t()` takes ("trash.title"). */
export type KeyOf<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyOf<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key of a catalog, for the tests that find missing and unused ones. */
export function keysOf(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}
