/**
 * Custom rule packs and a credential's rule changes are stored as JSON; older ones were
 * written before the pack format knew grace periods in months, credit windows, lapse
 * routes and per-rule sources. These pure functions turn an old pack or override into
 * the current shape when it is read, so nothing stored ever stops parsing.
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An old custom pack: every new field has a default, so only shapes that changed meaning
 * are rewritten. A cycle anchor "calendar_year" (never valid, but hand-edited files used
 * it) becomes calendarYear; a credit with no category is allowed now and needs nothing.
 */
export function upgradeRulePack(stored: unknown): unknown {
  if (!isObject(stored)) return stored;
  const pack: Json = { ...stored };
  if (isObject(pack.cycle) && pack.cycle.anchor === 'calendar_year') {
    pack.cycle = { ...pack.cycle, anchor: 'certification_date', calendarYear: true };
  }
  return pack;
}

/**
 * An old override set `graceDays` when the grace period could only be given in days. A
 * pack that now counts its grace in months (the AAMA) would ignore those days; the
 * holder's own days must still rule, so the months are cleared in the override.
 */
export function upgradeOverrides(stored: unknown): Json | null {
  if (stored === null || stored === undefined) return null;
  if (!isObject(stored)) return stored as Json;
  const overrides: Json = { ...stored };
  if (typeof overrides.graceDays === 'number' && !('graceMonths' in overrides)) overrides.graceMonths = null;
  if (isObject(overrides.cycle))
    overrides.cycle = (upgradeRulePack({ cycle: overrides.cycle }) as Json).cycle;
  return overrides;
}
