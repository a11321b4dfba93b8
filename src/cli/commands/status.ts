import { retryReadOnceIfBusy } from '../../core/errors';
import { summarizePastCycle } from '../../domain/cycle-history';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { reasonMessage } from '../../domain/i18n/reason-words';
import { deadlineMessages, headlineMessage, needMessages } from '../../domain/i18n/standing-words';
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
        messages: messagesOf(credential),
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

/**
 * The credential's sentences as message keys with their values (docs/status-json.md,
 * `messages`): what the app says them from, so a script can say them in any language.
 * Additive: the English sentences beside them are unchanged.
 */
function messagesOf(credential: CredentialEvaluation) {
  return {
    headline: headlineMessage(credential),
    needs: needMessages(credential),
    deadlines: credential.deadlines.map((deadline) => ({
      key: deadline.key,
      ...deadlineMessages(credential, deadline),
    })),
    reasons: credential.activities
      .filter((activity) => activity.reasons.length > 0)
      .map((activity) => ({
        activityId: activity.activityId,
        reasons: activity.reasons.map((reason) => reasonMessage(reason, credential.pointName)),
      })),
  };
}
