import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { restorePortfolio } from '../../../src/core/backup';
import { latestVersion } from '../../../src/core/db/migrations';
import { removeTempDirs, tempDir } from '../fixtures';
import { folderState, makePortfolio } from './backup-fixtures';

afterAll(removeTempDirs);

/** A plain portfolio folder (as kept in previous/) that something is wrong with. */
function brokenFolder(breakIt: (dir: string) => void): string {
  const dir = path.join(tempDir(), 'from');
  makePortfolio(dir, 3);
  breakIt(dir);
  return dir;
}

describe('a restore checks everything before changing anything', () => {
  it.each([
    [
      'a database from a newer version of the app',
      (dir: string) => {
        const db = new Database(path.join(dir, 'portfolio.db'));
        db.pragma(`user_version = ${latestVersion + 1}`);
        db.close();
      },
      new RegExp(
        `was saved by a newer version of CEU Portfolio \\(data version ${latestVersion + 1}; this app understands up to ${latestVersion}\\)\\. Install the latest version`,
      ),
    ],
    [
      'a certificate the database names is missing',
      (dir: string) => {
        const certificates = path.join(dir, 'certificates');
        fs.rmSync(path.join(certificates, fs.readdirSync(certificates)[0]!));
      },
      /the certificate [0-9a-f]{12}… that it names is missing/,
    ],
    [
      'a certificate whose bytes no longer match its name',
      (dir: string) => {
        const certificates = path.join(dir, 'certificates');
        fs.appendFileSync(path.join(certificates, fs.readdirSync(certificates)[1]!), 'x');
      },
      /certificates\/[0-9a-f]{64} does not match its checksum/,
    ],
    [
      'a database that is not SQLite',
      (dir: string) => fs.writeFileSync(path.join(dir, 'portfolio.db'), 'just text, not a database'),
      /its portfolio\.db cannot be read|not an SQLite database/,
    ],
  ])('refuses %s', async (_what, breakIt, message) => {
    const source = brokenFolder(breakIt);
    const target = path.join(tempDir(), 'portfolio');
    makePortfolio(target, 1);
    const before = folderState(target);
    await expect(restorePortfolio(target, source)).rejects.toThrow(message);
    expect(folderState(target)).toEqual(before);
  });
});
