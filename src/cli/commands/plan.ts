import { retryReadOnceIfBusy } from '../../core/errors';
import { planPortfolio } from '../../core/plan';
import { noLimits } from '../../domain/plan/types';
import { planLines } from '../../domain/plan/words';
import { dataDirOption, parseAsOf, parseCommandArgs } from '../args';
import { cliLocale, say } from '../language';
import { withPortfolio } from '../open-portfolio';
import type { Output } from '../output';
import { UsageError } from '../usage-error';

/**
 * `ceu plan`: the cheapest plan that finishes every credential before its deadline, within
 * the limits given. The JSON form is a contract (docs/plan-json.md) and stays English.
 */
export async function planCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('plan', args, {
    ...dataDirOption,
    'as-of': { type: 'string' },
    budget: { type: 'string' },
    'hours-per-month': { type: 'string' },
    prefer: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    member: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  const asOf = parseAsOf(values['as-of'], 'plan');
  const limits = {
    ...noLimits,
    budget: amountOf(values.budget, '--budget', '300'),
    hoursPerMonth: amountOf(values['hours-per-month'], '--hours-per-month', '6'),
    preferred: values.prefer ?? [],
    excluded: values.exclude ?? [],
  };
  return withPortfolio(values['data-dir'], { create: false }, async (portfolio) => {
    const plan = await retryReadOnceIfBusy(() =>
      planPortfolio(portfolio, { asOf, limits, member: values.member }),
    );
    io.out(
      values.json
        ? JSON.stringify(
            { asOf: plan.asOf, limits, member: values.member, needs: plan.needs, ...plan.result },
            null,
            2,
          )
        : planLines(plan.result, plan.asOf, say, cliLocale()).join('\n').trimEnd(),
    );
    return 0;
  });
}

function amountOf(value: string | undefined, option: string, example: string): number | null {
  if (value === undefined) return null;
  const amount = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(amount) || amount < 0) {
    throw new UsageError(say('plan.notANumber', { option, example }), 'plan');
  }
  return amount;
}
