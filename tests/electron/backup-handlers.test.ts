import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfBytes, removeTempDirs, tempDir } from '../core/fixtures';
import { connect, jobError, jobValue } from './api-connection';

/**
 * Backups through the window's API, as the app runs them: settings, a snapshot now, a
 * backup file where the person chooses, and restoring one while the app keeps its
 * connection (closed for the restore, opened again after).
 */
let api: ReturnType<typeof connect>;
let dataDir: string;

beforeEach(() => {
  dataDir = tempDir('ceu-backups-');
  api = connect(dataDir, { now: () => new Date('2026-11-24T12:00:00Z') });
});
afterEach(() => {
  api.close();
  removeTempDirs();
});

const activity = (title: string, certificateHashes: string[] = []) => ({
  activity: {
    title,
    provider: 'AAMA e-Learning Center',
    kind: 'online_course' as const,
    delivery: 'online' as const,
    completedOn: '2025-06-01',
    credits: [{ amount: 2, unit: 'aama_ceu' as const, category: 'administrative' }],
    certificateHashes,
  },
});

async function withOneActivity() {
  await api.call('saveHolder', { fullName: 'Jordan A. Rivera' });
  const certificate = await api.call('addCertificate', {
    fileName: 'coding.pdf',
    bytes: (await pdfBytes('Coding update')) as Uint8Array<ArrayBuffer>,
  });
  await api.call('saveActivity', activity('Medical coding update', [certificate.sha256]));
  return certificate;
}

describe('backups through the API', () => {
  it('start on, in the data folder, keeping 7 daily and 8 weekly; settings are saved', async () => {
    const overview = await api.call('getBackups', undefined);
    expect(overview.settings).toEqual({
      enabled: true,
      keepDaily: 7,
      keepWeekly: 8,
      folder: path.join(dataDir, 'backups'),
      defaultFolder: true,
    });
    expect(overview.snapshots).toEqual([]);
    const saved = await api.call('saveBackupSettings', { enabled: false, keepDaily: 14, keepWeekly: 4 });
    expect(saved.settings).toMatchObject({ enabled: false, keepDaily: 14, keepWeekly: 4 });
    expect((await api.call('getBackups', undefined)).settings.enabled).toBe(false);
  });

  it('keep snapshots in a folder the person chooses, never the data folder itself', async () => {
    const cloud = tempDir('ceu-cloud-');
    api.dialogs.answerNextFolder(cloud);
    expect((await api.call('chooseBackupFolder', undefined))?.settings).toMatchObject({
      folder: cloud,
      defaultFolder: false,
    });
    api.dialogs.answerNextFolder(null);
    expect(await api.call('chooseBackupFolder', undefined)).toBeNull();
    api.dialogs.answerNextFolder(dataDir);
    expect((await api.failure('chooseBackupFolder', undefined)).code).toBe('INVALID_INPUT');
    expect((await api.call('useDefaultBackupFolder', undefined)).settings.defaultFolder).toBe(true);
  });

  it('take a snapshot now, and restore it, keeping the replaced portfolio aside', async () => {
    await withOneActivity();
    const taken = await jobValue(api.job('backUpNow', 'b-1', {}));
    expect(taken.taken).toBe(true);
    const [snapshot] = (await api.call('getBackups', undefined)).snapshots;
    expect(snapshot).toMatchObject({ name: taken.snapshot!.name, certificates: 1 });

    await api.call('saveActivity', activity('Added after the backup'));
    expect(await api.call('listActivities', undefined)).toHaveLength(2);
    const restored = await jobValue(
      api.job('restoreBackup', 'b-2', { from: 'snapshot', name: snapshot!.name }),
    );
    expect(restored).toMatchObject({ activities: 1, certificates: 1 });
    expect(fs.existsSync(path.join(restored!.previousDir!, 'portfolio.db'))).toBe(true);
    // The app's own connection works again, on the restored portfolio.
    expect((await api.call('listActivities', undefined)).map((a) => a.title)).toEqual([
      'Medical coding update',
    ]);
    expect(
      (await jobError(api.job('restoreBackup', 'b-3', { from: 'snapshot', name: 'not-a-snapshot' }))).code,
    ).toBe('NOT_FOUND');
  });

  it('write a backup file where the person chooses, and restore it on another computer', async () => {
    const certificate = await withOneActivity();
    const target = path.join(tempDir('ceu-usb-'), 'backup.ceubackup');
    api.dialogs.answerNextSave(target);
    const written = await jobValue(api.job('backUpToFile', 'f-1', {}));
    expect(written).toMatchObject({ path: target, certificates: 1 });
    expect(api.dialogs.asked.at(-1)).toMatchObject({
      kind: 'save',
      request: { defaultName: 'CEU Portfolio backup 2026-11-24.ceubackup' },
    });

    // A new computer: an empty data folder, the same file.
    api.close();
    api = connect(tempDir('ceu-new-computer-'));
    api.dialogs.answerNextOpen(target);
    const restored = await jobValue(api.job('restoreBackup', 'f-2', { from: 'file' }));
    // The app had opened an empty portfolio there: it is kept aside too.
    expect(restored).toMatchObject({ activities: 1, certificates: 1 });
    const [only] = await api.call('listActivities', undefined);
    expect(only?.certificates.map((c) => c.sha256)).toEqual([certificate.sha256]);
    expect((await api.call('getHolder', undefined))?.fullName).toBe('Jordan A. Rivera');

    api.dialogs.answerNextOpen(null);
    expect(await jobValue(api.job('restoreBackup', 'f-3', { from: 'file' }))).toBeNull();
  });

  it('refuse a file that is not a backup, changing nothing', async () => {
    await withOneActivity();
    const fake = path.join(tempDir('ceu-fake-'), 'notes.ceubackup');
    fs.writeFileSync(fake, 'these are my notes');
    api.dialogs.answerNextOpen(fake);
    const error = await jobError(api.job('restoreBackup', 'x-1', { from: 'file' }));
    expect(error.message).toMatch(/Nothing was changed/);
    expect(await api.call('listActivities', undefined)).toHaveLength(1);
  });

  it('answer "busy" instead of failing while the portfolio is being replaced', async () => {
    await api.portfolio.whileClosed(async () => {
      expect((await api.failure('listActivities', undefined)).code).toBe('BUSY');
    });
    expect(await api.call('listActivities', undefined)).toEqual([]);
  });
});
