import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  listSnapshots,
  pruneSnapshots,
  restorePortfolio,
  snapshotIfDue,
  snapshotOnQuit,
  snapshotsToKeep,
  takeSnapshot,
} from '../../../src/core/backup';
import { defaultSettings } from '../../../src/core/settings';
import { removeTempDirs, tempDir } from '../fixtures';
import {
  addActivities,
  allRows,
  certificateBytes,
  certificateFiles,
  makePortfolio,
  openAt,
} from './backup-fixtures';

afterAll(removeTempDirs);

describe('snapshots', () => {
  it('copy only the certificates that are new since the last one', async () => {
    const dataDir = path.join(tempDir(), 'p');
    makePortfolio(dataDir, 10);
    const backupDir = path.join(tempDir(), 'cloud-drive', 'CEU backups');
    const portfolio = openAt(dataDir);
    const first = await takeSnapshot(portfolio, backupDir, { now: new Date('2026-12-01T09:00:00Z') });
    expect(first.certificatesCopied).toBe(10);
    expect(first.snapshot.name).toBe('2026-12-01T090000Z');

    addActivities(portfolio, 11, 3);
    const second = await takeSnapshot(portfolio, backupDir, { now: new Date('2026-12-02T09:00:00Z') });
    const dbSize = fs.statSync(path.join(second.snapshot.path, 'portfolio.db')).size;
    const manifestSize = fs.statSync(path.join(second.snapshot.path, 'manifest.json')).size;
    const newBytes = [11, 12, 13].reduce((sum, i) => sum + certificateBytes(i).length, 0);
    expect(second).toMatchObject({ certificatesCopied: 3, certificatesAlreadyThere: 10 });
    expect(second.bytesWritten).toBe(dbSize + manifestSize + newBytes);
    expect(fs.readdirSync(path.join(backupDir, 'certificates'))).toHaveLength(13);
    expect(listSnapshots(backupDir).map((s) => [s.name, s.certificates])).toEqual([
      ['2026-12-02T090000Z', 13],
      ['2026-12-01T090000Z', 10],
    ]);

    // A snapshot folder restores like a backup file, to the state it was taken in.
    const restored = path.join(tempDir(), 'restored');
    await restorePortfolio(restored, listSnapshots(backupDir)[1]!.path);
    expect(Object.keys(certificateFiles(restored))).toHaveLength(10);
    expect(allRows(restored).activities).toHaveLength(10);
    portfolio.close();
    expect(allRows(restored).holder).toEqual(allRows(dataDir).holder);
  });

  it('recopies a shared certificate whose copy has the wrong size', async () => {
    const dataDir = path.join(tempDir(), 'p');
    makePortfolio(dataDir, 2);
    const backupDir = tempDir();
    const portfolio = openAt(dataDir);
    await takeSnapshot(portfolio, backupDir, { now: new Date('2026-12-01T09:00:00Z') });
    const shared = path.join(backupDir, 'certificates');
    const damaged = path.join(shared, fs.readdirSync(shared)[0]!);
    fs.writeFileSync(damaged, 'cut short');
    const again = await takeSnapshot(portfolio, backupDir, { now: new Date('2026-12-02T09:00:00Z') });
    portfolio.close();
    expect(again.certificatesCopied).toBe(1);
    expect(fs.statSync(damaged).size).toBe(certificateBytes(1).length);
  });

  it('are taken at most once a day, and not when backups are off', async () => {
    const dataDir = path.join(tempDir(), 'p');
    makePortfolio(dataDir, 1);
    const portfolio = openAt(dataDir);
    const settings = defaultSettings.backup;
    const morning = await snapshotIfDue(portfolio, settings, new Date('2026-12-01T08:00:00Z'));
    const evening = await snapshotIfDue(portfolio, settings, new Date('2026-12-01T22:00:00Z'));
    const nextDay = await snapshotIfDue(portfolio, settings, new Date('2026-12-02T08:00:00Z'));
    const off = await snapshotIfDue(
      portfolio,
      { ...settings, enabled: false },
      new Date('2026-12-03T08:00:00Z'),
    );
    portfolio.close();
    expect([morning.taken, evening.taken, nextDay.taken, off.taken]).toEqual([true, false, true, false]);
    expect(evening).toEqual({ taken: false, reason: 'already-today' });
    expect(listSnapshots(path.join(dataDir, 'backups'))).toHaveLength(2);
  });

  it('on quit, are taken unless the newest is under ten minutes old', async () => {
    const dataDir = path.join(tempDir(), 'p');
    makePortfolio(dataDir, 1);
    const portfolio = openAt(dataDir);
    const settings = defaultSettings.backup;
    const at = (time: string) => snapshotOnQuit(portfolio, settings, new Date(`2026-12-01T${time}Z`));
    const taken = [(await at('08:00:00')).taken, (await at('08:09:00')).taken, (await at('08:11:00')).taken];
    const off = await snapshotOnQuit(
      portfolio,
      { ...settings, enabled: false },
      new Date('2026-12-01T09:00:00Z'),
    );
    portfolio.close();
    expect([...taken, off.taken]).toEqual([true, false, true, false]);
  });

  it('leave nothing in the backup folder when cancelled', async () => {
    const dataDir = path.join(tempDir(), 'p');
    makePortfolio(dataDir, 4);
    const backupDir = tempDir();
    const portfolio = openAt(dataDir);
    const controller = new AbortController();
    await expect(
      takeSnapshot(portfolio, backupDir, {
        signal: controller.signal,
        onProgress: (s) => s.done === 2 && controller.abort(),
      }),
    ).rejects.toMatchObject({ code: 'CANCELLED' });
    portfolio.close();
    expect(fs.readdirSync(path.join(backupDir, 'snapshots'))).toEqual([]);
    expect(fs.readdirSync(path.join(backupDir, 'certificates'))).toEqual([]);
  });
});

describe('retention', () => {
  const at = (iso: string) => ({ name: iso, createdAt: new Date(iso) });

  it('keeps the newest of each of the last 7 days and 8 weeks', () => {
    // One snapshot a day for 90 days, two on the last day.
    const days = Array.from({ length: 90 }, (_, i) =>
      at(new Date(Date.UTC(2026, 8, 6 + i, 9)).toISOString()),
    );
    const all = [...days, at('2026-12-04T18:00:00.000Z')];
    const keep = snapshotsToKeep(all, { keepDaily: 7, keepWeekly: 8 }, new Date('2026-12-05T00:00:00Z'));
    expect([...keep].sort()).toEqual(
      [
        // Daily: the last 7 days (the evening one on Dec 4).
        '2026-11-28T09:00:00.000Z',
        '2026-11-29T09:00:00.000Z',
        '2026-11-30T09:00:00.000Z',
        '2026-12-01T09:00:00.000Z',
        '2026-12-02T09:00:00.000Z',
        '2026-12-03T09:00:00.000Z',
        '2026-12-04T18:00:00.000Z',
        // Weekly: the newest (Sunday) of each earlier week, 8 weeks in all.
        '2026-10-18T09:00:00.000Z',
        '2026-10-25T09:00:00.000Z',
        '2026-11-01T09:00:00.000Z',
        '2026-11-08T09:00:00.000Z',
        '2026-11-15T09:00:00.000Z',
        '2026-11-22T09:00:00.000Z',
      ].sort(),
    );
  });

  it('prunes old snapshots and then the certificates only they named', async () => {
    const dataDir = path.join(tempDir(), 'p');
    makePortfolio(dataDir, 2);
    const backupDir = tempDir();
    const portfolio = openAt(dataDir);
    await takeSnapshot(portfolio, backupDir, { now: new Date('2026-11-01T09:00:00Z') });
    // A certificate that only the first snapshot has: its activity is deleted later.
    const sha = portfolio.listActivities().find((a) => a.title === 'Course 1')!.certificates[0]!.sha256;
    portfolio.deleteActivity(portfolio.listActivities().find((a) => a.title === 'Course 1')!.id);
    portfolio.emptyTrash();
    // Clean-up keeps files added in the last day: make this one a week old.
    portfolio.db.prepare("UPDATE certificates SET added_at = '2026-10-25T09:00:00.000Z'").run();
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    fs.utimesSync(portfolio.certificates.pathOf(sha), weekAgo, weekAgo);
    portfolio.certificates.cleanUp();
    for (let day = 2; day <= 4; day++)
      await takeSnapshot(portfolio, backupDir, { now: new Date(`2026-11-0${day}T09:00:00Z`) });
    portfolio.close();
    const result = pruneSnapshots(
      backupDir,
      { keepDaily: 2, keepWeekly: 0 },
      new Date('2026-11-05T00:00:00Z'),
    );
    expect(result.removedSnapshots.sort()).toEqual(['2026-11-01T090000Z', '2026-11-02T090000Z']);
    expect(result.removedCertificates).toBe(1);
    expect(fs.existsSync(path.join(backupDir, 'certificates', sha))).toBe(false);
    expect(listSnapshots(backupDir).map((s) => s.name)).toEqual(['2026-11-04T090000Z', '2026-11-03T090000Z']);
    expect(fs.readdirSync(path.join(backupDir, 'certificates'))).toHaveLength(1);
  });
});
