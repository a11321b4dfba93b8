import type { Credit } from '../../../src/domain/portfolio';
import type { RulePack } from '../../../src/domain/rule-pack';
import type { Unit } from '../../../src/domain/units';

/**
 * Unit conversion. All arithmetic is in integer hundredths of a point so sums never
 * drift (0.1 + 0.2 stays 0.3); a credit is rounded once, to the hundredth, when it is
 * converted. A unit the pack does not list converts to null: it is never guessed.
 */

export const HUNDRED = 100;

export function toHundredths(value: number): number {
  return Math.round(value * HUNDRED);
}

export function fromHundredths(value: number): number {
  return value / HUNDRED;
}

/** Pack points, in hundredths, for one credit; null when the pack does not accept the unit. */
export function creditPoints(
  credit: Pick<Credit, 'amount' | 'unit'>,
  pack: Pick<RulePack, 'unitPoints'>,
): number | null {
  const factor = pack.unitPoints[credit.unit];
  if (factor === undefined) return null;
  return Math.round(credit.amount * factor * HUNDRED);
}

/** Pack points for one credit, rounded to the hundredth; null when the pack does not accept the unit. */
export function convertCredit(
  credit: Pick<Credit, 'amount' | 'unit'>,
  pack: Pick<RulePack, 'unitPoints'>,
): number | null {
  const hundredths = creditPoints(credit, pack);
  return hundredths === null ? null : fromHundredths(hundredths);
}

/**
 * Minutes one unit stands for, used only to infer an activity's length when the
 * certificate gives no duration. A contact hour is the 50-minute session; an IACET CEU
 * is ten of them.
 */
export const minutesPerUnit: Partial<Record<Unit, number>> = {
  contact_hour: 50,
  clock_hour: 60,
  iacet_ceu: 500,
};

export interface ActivityLength {
  minutes: number;
  /** False when stated on the certificate (durationMinutes), true when inferred from units. */
  inferred: boolean;
}

/**
 * The activity's length: durationMinutes when stated; otherwise inferred from its
 * credits when every credit is in a time-based unit. Null when it cannot be known (a
 * credit in points says nothing about minutes), and then the minimum-length rule is not
 * applied rather than guessed.
 */
export function activityLength(
  durationMinutes: number | null | undefined,
  credits: readonly Pick<Credit, 'amount' | 'unit'>[],
): ActivityLength | null {
  if (durationMinutes != null) return { minutes: durationMinutes, inferred: false };
  if (credits.length === 0) return null;
  let minutes = 0;
  for (let i = 0; i < credits.length; i++) {
    const credit = credits[i] as Pick<Credit, 'amount' | 'unit'>;
    const perUnit = minutesPerUnit[credit.unit];
    if (perUnit === undefined) return null;
    minutes += credit.amount * perUnit;
  }
  return { minutes: Math.round(minutes), inferred: true };
}
