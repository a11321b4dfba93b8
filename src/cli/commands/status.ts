import { retryReadOnceIfBusy } from '../../core/errors';
import { summarizePastCycle } from '../../domain/cycle-history';
import { dataDirOption, parseAsOf, parseCommandArgs } from '../args';
import { formatStatus } from '../format-status';
import { withPortfolio } from '../open-portfolio';
import type { Output } from '../output';

/**
 * `ceu status`: the JSON form is a contract (docs/status-json.md): portfolio.evaluate(),
 * each credential with its finished cycles added.
 */
export async function statusCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('status', args, {
    ...dataDirOption,
    'as-of': { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const asOf = parseAsOf(values['as-of'], 'status');
  return withPortfolio(values['data-dir'], { create: false }, async (portfolio) => {
    // Only reads, and nothing is printed until they are done: safe to try twice.
    const { result, holder, pastCycles } = await retryReadOnceIfBusy(() => ({
      result: portfolio.evaluate(asOf),
      holder: portfolio.getHolder(),
      pastCycles: portfolio.listPastCycles(),
    }));
    const withHistory = {
      asOf: result.asOf,
      credentials: result.credentials.map((credential) => ({
        ...credential,
        pastCycles: pastCycles
          .filter((cycle) => cycle.credentialId === credential.credentialId)
          .map(summarizePastCycle),
      })),
    };
    io.out(
      values.json
        ? JSON.stringify(withHistory, null, 2)
        : formatStatus(result.asOf, holder, result.credentials),
    );
    return 0;
  });
}
