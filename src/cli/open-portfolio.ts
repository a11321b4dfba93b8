import fs from 'node:fs';
import { dataPaths } from '../core/data-dir';
import { userError } from '../core/errors';
import { acquirePortfolioLock } from '../core/lock/portfolio-lock';
import { Portfolio } from '../core/portfolio';
import { repairDataFolder } from '../core/verify/repair-data-folder';
import { chooseDataDir } from './default-data-dir';

/**
 * Opens the portfolio a command works on. Commands that only read refuse a folder
 * with no portfolio rather than quietly creating an empty one: a typo in --data-dir
 * should not look like a portfolio with nothing in it.
 */
export function openPortfolio(dataDirFlag: string | undefined, options: { create: boolean }): Portfolio {
  const dataDir = chooseDataDir(dataDirFlag);
  if (!options.create && !fs.existsSync(dataPaths(dataDir).databasePath)) {
    throw userError('NOT_FOUND', { key: 'cli.noPortfolio', values: { folder: dataDir } });
  }
  return Portfolio.open({ dataDir });
}

/**
 * Runs a command against a portfolio and always closes it, so the database is left clean.
 * A command that writes (`writes` names it) first takes the one-writer lock, so it never
 * interleaves with the app or another `ceu` command; commands that only read do not.
 */
export async function withPortfolio<T>(
  dataDirFlag: string | undefined,
  options: { create: boolean; writes?: string },
  run: (portfolio: Portfolio) => Promise<T> | T,
): Promise<T> {
  const lock = options.writes
    ? await acquirePortfolioLock(chooseDataDir(dataDirFlag), { holder: `cli:${options.writes}` })
    : null;
  try {
    const portfolio = openPortfolio(dataDirFlag, options);
    try {
      // The lock holder tidies what an interrupted write left; readers never delete.
      if (lock) repairDataFolder(portfolio);
      return await run(portfolio);
    } finally {
      portfolio.close();
    }
  } finally {
    await lock?.release();
  }
}
