import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { allRows, certificateFiles } from '../core/backup/backup-fixtures';
import { ceu, hasStackTrace, sampleDataDir } from './run-cli';

afterAll(removeTempDirs);

describe('ceu backup and ceu restore', () => {
  it('save one file, and restore it onto another portfolio keeping the old one', () => {
    const dataDir = sampleDataDir();
    const out = path.join(tempDir(), 'mine');
    const saved = ceu(['backup', '--data-dir', dataDir, '--out', out]);
    expect(saved.stdout).toMatch(
      new RegExp(`^Saved the backup to ${out}\\.ceubackup \\(22 certificates, \\d+\\.\\d MB\\)\\.\\n`),
    );
    expect(saved.stderr).toMatch(/^Backing up: Copying the database\n/);
    expect(saved.code).toBe(0);

    const target = sampleDataDir();
    fs.rmSync(path.join(target, 'certificates', fs.readdirSync(path.join(target, 'certificates'))[0]!));
    const restored = ceu(['restore', `${out}.ceubackup`, '--data-dir', target]);
    expect(restored.stderr).toMatch(
      /^Restoring .+mine\.ceubackup into .+: it replaces portfolio\.db and the certificates folder there\./,
    );
    expect(restored.stdout).toMatch(/^Restored 21 activities and 22 certificates into /);
    expect(restored.stdout).toMatch(
      /The portfolio it replaced is in .+previous.+ To go back to it: ceu restore /,
    );
    expect(restored.code).toBe(0);
    expect(allRows(target)).toEqual(allRows(dataDir));
    expect(certificateFiles(target)).toEqual(certificateFiles(dataDir));
  });

  it('take snapshots into a folder and list them', () => {
    const dataDir = sampleDataDir();
    const folder = path.join(tempDir(), 'Cloud Drive');
    const first = ceu(['backup', '--snapshot', '--to', folder, '--data-dir', dataDir]);
    expect(first.stdout).toMatch(
      /^Took the snapshot \S+ in .+Cloud Drive \(.+ the database and 22 new certificates; 0 certificates already there\)\.\n$/,
    );
    expect(first.code).toBe(0);
    const listed = ceu(['backups', '--from', folder, '--json', '--data-dir', dataDir]);
    const json = JSON.parse(listed.stdout) as { folder: string; snapshots: { certificates: number }[] };
    expect(json.folder).toBe(folder);
    expect(json.snapshots.map((s) => s.certificates)).toEqual([22]);

    // The default folder is DIR/backups.
    expect(ceu(['backups', '--data-dir', dataDir]).stdout).toMatch(
      /^There are no snapshots in .+backups yet\./,
    );
    expect(ceu(['backup', '--snapshot', '--data-dir', dataDir]).code).toBe(0);
    expect(ceu(['backups', '--data-dir', dataDir]).stdout).toMatch(
      /^Snapshots in .+backups, newest first:\n {2}\d{4}-\d\d-\d\dT\d{6}Z/,
    );
  });

  it('refuse what is not a backup with one plain line, and bad arguments with the usage', () => {
    const dataDir = sampleDataDir();
    const notBackup = path.join(tempDir(), 'notes.ceubackup');
    fs.writeFileSync(notBackup, 'hello');
    const refused = ceu(['restore', notBackup, '--data-dir', dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /\nceu: The backup file .+notes\.ceubackup cannot be restored: .+Nothing was changed\.\n$/,
    );
    expect(hasStackTrace(refused.stderr)).toBe(false);

    expect(ceu(['backup', '--data-dir', dataDir]).stderr).toMatch(
      /^ceu: Give either --out FILE \(one backup file\) or --snapshot\.\n\nUsage: ceu backup/,
    );
    expect(ceu(['backup', '--out', 'x', '--to', 'y']).code).toBe(2);
    expect(ceu(['restore']).stderr).toMatch(/^ceu: Give the backup file or snapshot folder to restore\./);
    expect(ceu(['help', 'restore']).stdout).toMatch(/^ceu restore FILE\|SNAPSHOT_FOLDER/);
  });
});
