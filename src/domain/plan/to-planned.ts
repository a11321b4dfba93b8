import { z } from 'zod';
import type { RulePack } from '../rule-pack';
import { onePointUnit } from './as-activities';
import type { CatalogueItem } from './catalogue';
import type { PlannedActivityInput } from './planned';

/** One chosen item of a plan, as the plan page sends it back to be kept as planned activities. */
export const chosenToPlanSchema = z.object({
  itemId: z.string().trim().min(1).max(80),
  /** The months it was spread over, with the courses or tests taken in each. */
  months: z
    .array(
      z.object({
        month: z.string().regex(/^\d{4}-\d{2}$/),
        units: z.number().int().positive().max(1000),
        cost: z.number().min(0).max(1_000_000),
      }),
    )
    .min(1)
    .max(120),
  /** What it does for each credential, as the plan chose. */
  uses: z
    .array(
      z.object({
        credentialId: z.number().int().positive(),
        points: z.number().positive().max(10_000),
        byCategory: z.record(z.string(), z.number().min(0).max(10_000)),
      }),
    )
    .min(1)
    .max(50),
});
export type ChosenToPlan = z.infer<typeof chosenToPlanSchema>;

/**
 * A chosen item as planned activities: one per month it is spread over, on the 15th (or
 * today, in the current month when the 15th has passed), with its share of the credit the
 * plan gave the first credential, in a unit that credential's pack counts as one point,
 * and counted toward every credential the plan used it for.
 */
export function plannedFromChosen(
  chosen: ChosenToPlan,
  item: CatalogueItem,
  packOf: (credentialId: number) => RulePack | undefined,
  today: string,
): PlannedActivityInput[] {
  const totalUnits = chosen.months.reduce((sum, cell) => sum + cell.units, 0);
  const primary = chosen.uses[0]!;
  const pack = packOf(primary.credentialId);
  const unit = pack ? onePointUnit(pack) : 'aama_ceu';
  const parts = Object.entries(primary.byCategory).filter(([, points]) => points > 0);
  const shares: [string, number][] = parts.length > 0 ? parts : [['', primary.points]];
  return chosen.months.map((cell) => {
    const fifteenth = `${cell.month}-15`;
    const share = cell.units / totalUnits;
    return {
      title: item.name,
      provider: item.provider,
      approvingBody: item.aamaApproved ? 'AAMA' : '',
      kind: item.kind,
      delivery: item.delivery,
      plannedOn: fifteenth < today && cell.month === today.slice(0, 7) ? today : fifteenth,
      durationMinutes: Math.round(cell.units * item.hoursPerUnit * 60),
      cost: cell.cost > 0 ? cell.cost : null,
      notes: '',
      credits: shares.map(([category, points]) => ({
        amount: Math.round(points * share * 100) / 100,
        unit,
        category,
      })),
      credentialIds: [...new Set(chosen.uses.map((use) => use.credentialId))],
      catalogueItemId: item.id,
      boughtOn: null,
    };
  });
}
