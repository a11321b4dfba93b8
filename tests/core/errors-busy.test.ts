import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  busyMessage,
  isDatabaseBusy,
  retryReadOnceIfBusy,
  UserError,
  withBusyAsUserError,
} from '../../src/core/errors';
import type { Portfolio } from '../../src/core/portfolio';
import { openPortfolio } from './exchange/helpers';
import { removeTempDirs, tempDir } from './fixtures';

const open: { close(): unknown }[] = [];
afterEach(() => {
  for (const connection of open.splice(0)) connection.close();
  removeTempDirs();
});

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('a busy database', () => {
  it('a write while another connection holds BEGIN IMMEDIATE becomes UserError BUSY', () => {
    const dataDir = tempDir('ceu-data-');
    const portfolio: Portfolio = openPortfolio(dataDir);
    open.push(portfolio);
    portfolio.db.pragma('busy_timeout = 20');
    const other = new Database(path.join(dataDir, 'portfolio.db'));
    open.push(other);
    other.exec('BEGIN IMMEDIATE');

    const error = thrownBy(() =>
      portfolio.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2024-01-01' }),
    );
    expect(isDatabaseBusy(error)).toBe(true);
    const shown = withBusyAsUserError(error);
    expect(shown).toBeInstanceOf(UserError);
    expect(shown).toMatchObject({
      code: 'BUSY',
      message:
        'Your portfolio is busy with another task (for example an import from the command line). Try again in a moment. Nothing was changed.',
    });
    other.exec('ROLLBACK');
    expect(portfolio.listCredentials()).toEqual([]);
  });

  it('leaves every other error as it is', () => {
    const db = new Database(':memory:');
    open.push(db);
    const error = thrownBy(() => db.exec('SELECT * FROM nowhere'));
    expect(isDatabaseBusy(error)).toBe(false);
    expect(withBusyAsUserError(error)).toBe(error);
    const userError = new UserError('NOT_FOUND', 'gone');
    expect(withBusyAsUserError(userError)).toBe(userError);
  });

  it('a read refused while another connection holds an exclusive lock is tried once more', async () => {
    // A rollback-journal database: there, unlike WAL, an exclusive lock blocks readers too.
    const file = path.join(tempDir(), 'plain.db');
    const writer = new Database(file);
    open.push(writer);
    writer.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1)');
    const reader = new Database(file);
    open.push(reader);
    reader.pragma('busy_timeout = 0');
    writer.exec('BEGIN EXCLUSIVE; UPDATE t SET n = 2');
    const read = () => (reader.prepare('SELECT n FROM t').get() as { n: number }).n;
    expect(isDatabaseBusy(thrownBy(read))).toBe(true);

    let tries = 0;
    const pending = retryReadOnceIfBusy(() => {
      tries++;
      return read();
    }, 100);
    writer.exec('COMMIT'); // released while the retry waits
    expect(await pending).toBe(2);
    expect(tries).toBe(2);
  });

  it('a read that stays busy fails after the second try, as BUSY at the edge', async () => {
    const file = path.join(tempDir(), 'plain.db');
    const writer = new Database(file);
    open.push(writer);
    writer.exec('CREATE TABLE t (n INTEGER)');
    const reader = new Database(file);
    open.push(reader);
    reader.pragma('busy_timeout = 0');
    writer.exec('BEGIN EXCLUSIVE; INSERT INTO t VALUES (1)');
    let tries = 0;
    const error = await retryReadOnceIfBusy(() => {
      tries++;
      return reader.prepare('SELECT n FROM t').all();
    }, 10).catch((e: unknown) => e);
    expect(tries).toBe(2);
    expect((withBusyAsUserError(error) as UserError).message).toBe(busyMessage);
    writer.exec('ROLLBACK');
  });
});
