import { retryReadOnceIfBusy } from '../../core/errors';
import { dataDirOption, parseAsOf, parseCommandArgs } from '../args';
import { formatStatus } from '../format-status';
import { withPortfolio } from '../open-portfolio';
import type { Output } from '../output';

/** `ceu status`: the JSON form is a contract (docs/status-json.md): exactly portfolio.evaluate(). */
export async function statusCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('status', args, {
    ...dataDirOption,
    'as-of': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const asOf = parseAsOf(values['as-of'], 'status');
  return withPortfolio(values['data-dir'], { create: false }, async (portfolio) => {
    // Only reads, and nothing is printed until they are done: safe to try twice.
    const { result, holder } = await retryReadOnceIfBusy(() => ({
      result: portfolio.evaluate(asOf),
      holder: portfolio.getHolder(),
    }));
    io.out(
      values.json ? JSON.stringify(result, null, 2) : formatStatus(result.asOf, holder, result.credentials),
    );
    return 0;
  });
}
