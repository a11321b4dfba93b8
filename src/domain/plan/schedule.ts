import { addMonths, format, parseISO } from 'date-fns';
import { monthsBetween, valueOf, type Model } from './model';
import type { LpSolution, PlanMonth, PlanMonthItem } from './types';

/**
 * Spreads each period's units over its months, each unit to the month with the fewest
 * hours so far (the earliest on a tie), so the work is even and stays under the person's
 * hours a month where whole units allow. A membership is paid the month its first course
 * is taken, and again each twelve months for each further year bought; its courses are
 * placed in the months it runs (which can put more hours in a month than asked: the
 * program counts hours per period between deadlines, not per month).
 */
export function spreadByMonth(today: string, model: Model, solution: LpSolution): PlanMonth[] {
  const horizon = Math.max(1, ...model.periodEnds.map((end) => monthsBetween(today, end)));
  const hours = new Array<number>(horizon).fill(0);
  const placed = Array.from({ length: horizon }, () => new Map<string, PlanMonthItem>());
  const put = (month: number, itemId: string, units: number, unitHours: number, cost: number) => {
    const cell = placed[month]!.get(itemId) ?? { itemId, units: 0, hours: 0, cost: 0 };
    placed[month]!.set(itemId, {
      itemId,
      units: cell.units + units,
      hours: cell.hours + units * unitHours,
      cost: Math.round((cell.cost + cost) * 100) / 100,
    });
    hours[month]! += units * unitHours;
  };

  for (const m of model.items) {
    let firstMonth: number | null = null;
    model.periodEnds.forEach((end, p) => {
      // A membership's courses are taken while it runs: within 12 months of each year bought.
      const runs = m.membership ? 12 * Math.max(1, valueOf(solution, `y${m.index}`)) : horizon;
      const last = Math.min(horizon, monthsBetween(today, end), runs) - 1;
      const start = Math.min(last, p === 0 ? 0 : monthsBetween(today, model.periodEnds[p - 1]!));
      for (let unit = 0; unit < valueOf(solution, `x${m.index}_${p}`); unit++) {
        let best = start;
        for (let month = start; month <= last; month++) {
          if (hours[month]! < hours[best]!) best = month;
        }
        put(best, m.item.id, 1, m.item.hoursPerUnit, m.membership ? 0 : m.price);
        firstMonth = firstMonth === null ? best : Math.min(firstMonth, best);
      }
    });
    if (m.membership) {
      const years = valueOf(solution, `y${m.index}`);
      for (let year = 0; year < years; year++) {
        const month = Math.min(horizon - 1, (firstMonth ?? 0) + 12 * year);
        put(month, m.item.id, 0, 0, m.price);
      }
    }
  }
  return placed
    .map((cells, offset) => {
      const items = [...cells.values()];
      return {
        month: format(addMonths(parseISO(today), offset), 'yyyy-MM'),
        items,
        hours: hours[offset]!,
        cost: Math.round(items.reduce((sum, item) => sum + item.cost, 0) * 100) / 100,
      };
    })
    .filter((month) => month.items.length > 0);
}
