import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { restorePortfolio } from '../../src/core/backup';
import { isUserError, type UserError } from '../../src/core/errors';
import { acquirePortfolioLockNow } from '../../src/core/lock/portfolio-lock';
import { Portfolio } from '../../src/core/portfolio';
import { renewCredential } from '../../src/core/renewals';
import { translator } from '../../src/domain/i18n/translator';
import { removeTempDirs, tempDir } from './fixtures';

afterAll(removeTempDirs);

const spanish = translator('es');
const english = translator('en');

async function failureOf(run: () => unknown): Promise<UserError> {
  try {
    await run();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** What the window and the CLI show: the error's key said in one language. */
function said(error: UserError, t = spanish): string {
  expect(error.said).toBeDefined();
  return t(error.said!.key, error.said!.values);
}

describe('core messages said in Spanish', () => {
  it('a refused restore names the file and the reason, both in Spanish', async () => {
    const dataDir = tempDir();
    const notABackup = path.join(tempDir(), 'notes.ceubackup');
    fs.writeFileSync(notABackup, 'these are my notes, not a backup');
    const error = await failureOf(() => restorePortfolio(dataDir, notABackup));
    expect(said(error, english)).toBe(error.message);
    expect(error.message).toBe(
      `The backup file ${notABackup} cannot be restored: it is not a complete CEU Portfolio backup file. Choose another backup. Nothing was changed.`,
    );
    expect(said(error)).toBe(
      `El archivo de copia ${notABackup} no se puede restaurar: no es un archivo de copia de CEU Portfolio completo. Elija otra copia. No se cambió nada.`,
    );
  });

  it('a refused renewal writes its date the Spanish way', async () => {
    const portfolio = Portfolio.open({ dataDir: tempDir(), now: () => new Date('2026-06-01T12:00:00Z') });
    try {
      const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2021-03-15' });
      renewCredential(portfolio, { credentialId: cma.id, on: '2026-01-10', by: 'exam' });
      const error = await failureOf(() =>
        renewCredential(portfolio, { credentialId: cma.id, on: '2026-01-10', by: 'exam' }),
      );
      expect(error.message).toBe(
        'Your current CMA cycle started on January 10, 2026. Enter a renewal date after that day.',
      );
      expect(said(error)).toBe(
        'Su período actual de CMA empezó el 10 de enero de 2026. Escriba una fecha de renovación posterior a ese día.',
      );
    } finally {
      portfolio.close();
    }
  });

  it('a portfolio the app holds says so in Spanish', async () => {
    const dataDir = tempDir();
    const lock = acquirePortfolioLockNow(dataDir, { holder: 'app' });
    try {
      const error = await failureOf(() => acquirePortfolioLockNow(dataDir, { holder: 'cli:import' }));
      expect(error.code).toBe('PORTFOLIO_IN_USE');
      expect(said(error)).toBe(
        'CEU Portfolio (la aplicación) tiene este portafolio abierto; ciérrela e intente de nuevo.',
      );
    } finally {
      await lock.release();
    }
  });
});
