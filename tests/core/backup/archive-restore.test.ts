import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackupArchive, restorePortfolio } from '../../../src/core/backup';
import { removeTempDirs, tempDir } from '../fixtures';
import {
  addActivities,
  allRows,
  certificateFiles,
  fixedNow,
  folderState,
  makePortfolio,
  openAt,
} from './backup-fixtures';

afterAll(removeTempDirs);

async function archiveOf(dataDir: string, out: string): Promise<void> {
  const portfolio = openAt(dataDir);
  try {
    await createBackupArchive(portfolio, out);
  } finally {
    portfolio.close();
  }
}

describe('a backup file restored into another folder', () => {
  it('gives byte-identical certificates and the same rows in every table', async () => {
    const original = path.join(tempDir(), 'original');
    makePortfolio(original, 6);
    const file = path.join(tempDir(), 'portfolio.ceubackup');
    const steps: string[] = [];
    const portfolio = openAt(original);
    const result = await createBackupArchive(portfolio, file, { onProgress: (s) => steps.push(s.stage) });
    portfolio.close();
    expect(result).toMatchObject({ path: file, certificates: 6 });
    expect(steps[0]).toBe('Copying the database');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['portfolio.ceubackup']);

    const restored = path.join(tempDir(), 'new-computer');
    const facts = await restorePortfolio(restored, file, { now: fixedNow });
    expect(facts).toMatchObject({ certificates: 6, activities: 6, replacedDatabase: false });
    expect(certificateFiles(restored)).toEqual(certificateFiles(original));
    // Nothing was replaced, so nothing was kept.
    expect(fs.readdirSync(restored).sort()).toEqual(['certificates', 'portfolio.db']);
    expect(allRows(restored)).toEqual(allRows(original));
    // Opens as a portfolio, with its ids kept.
    const reopened = openAt(restored);
    expect(
      reopened
        .listActivities()
        .map((a) => a.id)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    reopened.close();
  });

  it('replaces an existing portfolio and keeps the old one in previous/, from which it can be restored back', async () => {
    const source = path.join(tempDir(), 'source');
    makePortfolio(source, 3);
    const file = path.join(tempDir(), 'b.ceubackup');
    await archiveOf(source, file);

    const target = path.join(tempDir(), 'target');
    const other = openAt(target);
    addActivities(other, 100, 2);
    other.close();
    const before = { rows: allRows(target), files: certificateFiles(target) };
    fs.writeFileSync(path.join(target, 'settings.json'), '{"backup":{"enabled":false}}');

    const result = await restorePortfolio(target, file, { now: fixedNow });
    expect(result.previousDir).toBe(path.join(target, 'previous', '2026-12-04T100000Z'));
    expect(allRows(target)).toEqual(allRows(source));
    expect(fs.readFileSync(path.join(target, 'settings.json'), 'utf8')).toBe('{"backup":{"enabled":false}}');
    expect(fs.readdirSync(target).sort()).toEqual([
      'certificates',
      'portfolio.db',
      'previous',
      'settings.json',
    ]);

    // Undo: restore from the folder the old portfolio was kept in.
    await restorePortfolio(target, result.previousDir, { now: new Date('2026-12-04T11:00:00Z') });
    expect(allRows(target)).toEqual(before.rows);
    expect(certificateFiles(target)).toEqual(before.files);
  });

  it('refuses a damaged file and changes nothing', async () => {
    const source = path.join(tempDir(), 'source');
    makePortfolio(source, 2);
    const file = path.join(tempDir(), 'b.ceubackup');
    await archiveOf(source, file);
    const bytes = fs.readFileSync(file);
    // Flip a byte inside the last certificate's data.
    bytes[bytes.length - 1024 - 512 - 100]! ^= 0xff;
    fs.writeFileSync(file, bytes);

    const target = path.join(tempDir(), 'target');
    makePortfolio(target, 1);
    const before = folderState(target);
    await expect(restorePortfolio(target, file)).rejects.toThrow(
      /does not match its checksum .*Nothing was changed\./,
    );
    expect(folderState(target)).toEqual(before);
  });

  it('leaves no file behind when the backup is cancelled', async () => {
    const source = path.join(tempDir(), 'source');
    makePortfolio(source, 3);
    const outDir = tempDir();
    const controller = new AbortController();
    const portfolio = openAt(source);
    await expect(
      createBackupArchive(portfolio, path.join(outDir, 'b.ceubackup'), {
        signal: controller.signal,
        onProgress: (s) => {
          if (s.stage === 'Adding certificates' && s.done === 1) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    portfolio.close();
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  it('leaves the portfolio as it was when the restore is cancelled', async () => {
    const source = path.join(tempDir(), 'source');
    makePortfolio(source, 3);
    const file = path.join(tempDir(), 'b.ceubackup');
    await archiveOf(source, file);
    const target = path.join(tempDir(), 'target');
    makePortfolio(target, 1);
    const before = folderState(target);
    const controller = new AbortController();
    await expect(
      restorePortfolio(target, file, {
        signal: controller.signal,
        onProgress: (s) => {
          if (s.done === 2) controller.abort();
        },
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(folderState(target)).toEqual(before);
  });
});
