import { renewCredential, undoLastRenewal } from '../../core/renewals';
import { pointWordOf } from '../../domain/i18n/standing-words';
import { dataDirOption, parseCommandArgs } from '../args';
import { withPortfolio } from '../open-portfolio';
import { say } from '../language';
import type { Output } from '../output';
import { UsageError } from '../usage-error';
import { isoDateSchema } from '../../domain/portfolio';

/**
 * `ceu renew ID --on DATE [--by exam]`: "I renewed on DATE", as the credential page's
 * Record a renewal does; `ceu renew ID --undo` undoes the last one. Its lines come from
 * the catalogs (English until the CLI picks a language).
 */
export async function renewCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'renew',
    args,
    {
      ...dataDirOption,
      on: { type: 'string' },
      by: { type: 'string', default: 'ce' },
      undo: { type: 'boolean' },
    },
    1,
  );
  const id = positionals[0];
  if (!id || !/^[1-9]\d*$/.test(id)) throw new UsageError(say('cli.renewal.needId'), 'renew');
  const credentialId = Number(id);
  if (values.undo) {
    if (values.on !== undefined) throw new UsageError(say('cli.renewal.undoAlone'), 'renew');
    return withPortfolio(values['data-dir'], { create: false, writes: 'renew' }, (portfolio) => {
      const restored = undoLastRenewal(portfolio, credentialId);
      const credential = portfolio.findRulePack(portfolio.getCredential(credentialId).rulePackId).credential;
      io.out(say('renewals.cliUndone', { credential, start: restored.startedOn }));
      return 0;
    });
  }
  const on = isoDateSchema.safeParse(values.on);
  if (!on.success) throw new UsageError(say('cli.renewal.needDate'), 'renew');
  if (values.by !== 'ce' && values.by !== 'exam') throw new UsageError(say('cli.renewal.by'), 'renew');
  const by = values.by;
  return withPortfolio(values['data-dir'], { create: false, writes: 'renew' }, (portfolio) => {
    const past = renewCredential(portfolio, { credentialId, on: on.data, by });
    const now = portfolio
      .evaluate(portfolio.today(), { credentialIds: [credentialId] })
      .credentials.find((c) => c.credentialId === credentialId);
    io.out(
      say('renewals.cliRenewed', {
        credential: past.evaluation.credential,
        start: past.startedOn,
        end: past.evaluation.asOf,
        counted: past.evaluation.counted,
        required: past.evaluation.required,
        pointName: pointWordOf(past.evaluation.pointName, past.evaluation.required, say),
        nextStart: now?.cycle.start ?? past.nextStartedOn,
        nextEnd: now?.cycle.end ?? '',
      }),
    );
    return 0;
  });
}
