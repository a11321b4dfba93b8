import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../src/core/portfolio';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { ceu, hasStackTrace } from './run-cli';

afterAll(removeTempDirs);

describe('ceu while the portfolio is busy', () => {
  it('says the portfolio is busy and that nothing changed, when another task holds the write lock', () => {
    const dataDir = path.join(tempDir('ceu-busy-'), 'portfolio');
    Portfolio.open({ dataDir }).close();
    const other = new Database(path.join(dataDir, 'portfolio.db'));
    try {
      other.exec('BEGIN IMMEDIATE');
      // `ceu sample` waits for the lock (busy_timeout, 5 seconds), then gives up.
      const { code, stdout, stderr } = ceu(['sample', '--data-dir', dataDir]);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'ceu: Your portfolio is busy with another task (for example an import from the command line). Try again in a moment. Nothing was changed.\n',
      );
      expect(hasStackTrace(stderr)).toBe(false);
      expect(code).toBe(1);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    const portfolio = Portfolio.open({ dataDir });
    try {
      expect(portfolio.listCredentials()).toEqual([]);
    } finally {
      portfolio.close();
    }
  });
});
