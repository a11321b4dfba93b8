import path from 'node:path';
import { exportPortfolio, writeActivityLogCsv, importPortfolio } from '../../core/exchange';
import { clearSample, loadSamplePortfolio } from '../../core/sample';
import { defaultSampleDir } from '../../core/sample/default-sample-dir';
import { dataDirOption, parseCommandArgs } from '../args';
import { withPortfolio } from '../open-portfolio';
import { say } from '../language';
import type { Output } from '../output';
import { UsageError } from '../usage-error';

const counted = (c: { credentials: number; activities: number; certificates: number }) =>
  say('cli.transfer.counted', { ...c });

export async function importCommand(args: string[], io: Output): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, dataDirOption, 1);
  const file = positionals[0];
  if (!file) throw new UsageError(say('cli.transfer.importWhat'), 'import');
  return withPortfolio(values['data-dir'], { create: true, writes: 'import' }, async (portfolio) => {
    const counts = await importPortfolio(portfolio, path.resolve(file));
    io.out(say('cli.transfer.imported', { counted: counted(counts), folder: portfolio.paths.dataDir }));
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
    if (positionals.length > 0) throw new UsageError(say('cli.transfer.folderOrCsv'), 'export');
    const target = path.resolve(values.csv);
    return withPortfolio(values['data-dir'], { create: false }, (portfolio) => {
      const written = writeActivityLogCsv(portfolio, target);
      io.out(say('cli.transfer.csvWritten', { path: written.path, rows: written.rows }));
      return 0;
    });
  }
  const dir = positionals[0];
  if (!dir) throw new UsageError(say('cli.transfer.exportWhere'), 'export');
  return withPortfolio(values['data-dir'], { create: false }, async (portfolio) => {
    const result = await exportPortfolio(portfolio, path.resolve(dir));
    io.out(
      say('cli.transfer.exported', {
        path: result.path,
        certificates: path.join(path.dirname(result.path), 'certificates'),
      }),
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
      io.out(say('cli.transfer.sampleCleared', { ...cleared }));
      return Promise.resolve(0);
    });
  }
  return withPortfolio(values['data-dir'], { create: true, writes: 'sample' }, async (portfolio) => {
    const counts = await loadSamplePortfolio(portfolio, defaultSampleDir());
    io.out(say('cli.transfer.sampleLoaded', { counted: counted(counts), folder: portfolio.paths.dataDir }));
    io.out(say('cli.transfer.sampleTry', { folder: quoteIfNeeded(portfolio.paths.dataDir) }));
    return 0;
  });
}

function quoteIfNeeded(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `"${text}"`;
}
