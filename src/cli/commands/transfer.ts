import path from 'node:path';
import { exportPortfolio, writeActivityLogCsv, importPortfolio } from '../../core/exchange';
import { clearSample, loadSamplePortfolio } from '../../core/sample';
import { defaultSampleDir } from '../../core/sample/default-sample-dir';
import { dataDirOption, parseCommandArgs } from '../args';
import { withPortfolio } from '../open-portfolio';
import type { Output } from '../output';
import { UsageError } from '../usage-error';

const counted = (c: { credentials: number; activities: number; certificates: number }) =>
  `${c.credentials} credential${c.credentials === 1 ? '' : 's'}, ${c.activities} activit${c.activities === 1 ? 'y' : 'ies'} and ${c.certificates} certificate${c.certificates === 1 ? '' : 's'}`;

export async function importCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, dataDirOption, 1);
  const file = positionals[0];
  if (!file) throw new UsageError('Give the portfolio file to import.', 'import');
  return withPortfolio(values['data-dir'], { create: true, writes: 'import' }, async (portfolio) => {
    const counts = await importPortfolio(portfolio, path.resolve(file));
    io.out(`Imported ${counted(counts)} into ${portfolio.paths.dataDir}.`);
    return 0;
  });
}

export async function exportCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'export',
    args,
    { ...dataDirOption, csv: { type: 'string' } },
    1,
  );
  if (values.csv !== undefined) {
    if (positionals.length > 0)
      throw new UsageError('Give either a folder or --csv FILE, not both.', 'export');
    const target = path.resolve(values.csv);
    return withPortfolio(values['data-dir'], { create: false }, (portfolio) => {
      const written = writeActivityLogCsv(portfolio, target);
      io.out(`Wrote the activity log to ${written.path} (${written.rows} rows, one per credit).`);
      return 0;
    });
  }
  const dir = positionals[0];
  if (!dir)
    throw new UsageError('Give the folder to export to, or --csv FILE for the activity log.', 'export');
  return withPortfolio(values['data-dir'], { create: false }, async (portfolio) => {
    const result = await exportPortfolio(portfolio, path.resolve(dir));
    io.out(
      `Exported the portfolio to ${result.path} (certificates in ${path.join(path.dirname(result.path), 'certificates')}).`,
    );
    return 0;
  });
}

export async function sampleCommand(args: string[], io: Output): Promise<number> {
  const { values } = parseCommandArgs('sample', args, {
    ...dataDirOption,
    clear: { type: 'boolean', default: false },
  });
  if (values.clear) {
    return withPortfolio(values['data-dir'], { create: false, writes: 'sample' }, (portfolio) => {
      const cleared = clearSample(portfolio);
      io.out(
        `Cleared the sample (${cleared.credentials} credentials, ${cleared.activities} activities, ${cleared.certificates} certificate files). The portfolio is now yours to fill in.`,
      );
      return Promise.resolve(0);
    });
  }
  return withPortfolio(values['data-dir'], { create: true, writes: 'sample' }, async (portfolio) => {
    const counts = await loadSamplePortfolio(portfolio, defaultSampleDir());
    io.out(`Loaded the sample portfolio (${counted(counts)}) into ${portfolio.paths.dataDir}.`);
    io.out('Try: ceu status --data-dir ' + quoteIfNeeded(portfolio.paths.dataDir));
    return 0;
  });
}

function quoteIfNeeded(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `"${text}"`;
}
