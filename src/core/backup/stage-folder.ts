import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { userError } from '../errors';
import { copyHashing } from './copy-file';
import { type JobOptions, stopIfCancelled } from './job';
import { databaseName, folderWhere, manifestName, notABackup, parseManifest, type Where } from './manifest';

/**
 * Copies a snapshot folder, or a plain portfolio folder (such as `previous/<time>/`
 * kept by a restore, or a data folder copied from another computer), into the staging
 * folder, checking every certificate's SHA-256 on the way.
 */
export async function stageFolder(
  folder: string,
  staging: string,
  job: JobOptions & { nativeBinding?: string },
): Promise<void> {
  const where = folderWhere(folder);
  const manifestFile = path.join(folder, manifestName);
  const certificatesOut = path.join(staging, 'certificates');
  fs.mkdirSync(certificatesOut);
  const copies: { from: string; name: string; sha256: string; size: number | null }[] = [];

  if (fs.existsSync(manifestFile)) {
    // A snapshot: its certificates are shared, in <backup folder>/certificates.
    const manifest = parseManifest(fs.readFileSync(manifestFile, 'utf8'), where);
    const shared = path.resolve(folder, '..', '..', 'certificates');
    for (const f of manifest.files) {
      const from = f.path === databaseName ? path.join(folder, databaseName) : path.join(shared, f.sha256);
      copies.push({ from, name: f.path, sha256: f.sha256, size: f.size });
    }
  } else if (fs.existsSync(path.join(folder, databaseName))) {
    const db = path.join(folder, databaseName);
    refuseLink(db, where);
    // Through SQLite, so a database left with its -wal file is copied whole.
    const source = new Database(db, { readonly: true, fileMustExist: true, ...binding(job.nativeBinding) });
    try {
      await source.backup(path.join(staging, databaseName));
    } catch {
      throw notABackup(where, { key: 'backupErrors.why.databaseUnreadable' });
    } finally {
      source.close();
    }
    const certificates = path.join(folder, 'certificates');
    for (const name of fs.existsSync(certificates) ? fs.readdirSync(certificates) : [])
      if (/^[0-9a-f]{64}$/.test(name))
        copies.push({
          from: path.join(certificates, name),
          name: `certificates/${name}`,
          sha256: name,
          size: null,
        });
  } else {
    throw userError('NOT_FOUND', { key: 'backupErrors.notABackupFolder', values: { folder } });
  }

  for (const [i, c] of copies.entries()) {
    stopIfCancelled(job.signal, 'restore');
    job.onProgress?.({ done: i, total: copies.length, stage: 'Copying and checking' });
    const stat = fs.lstatSync(c.from, { throwIfNoEntry: false });
    if (!stat) throw notABackup(where, { key: 'backupErrors.why.missing', values: { name: c.name } });
    if (!stat.isFile())
      throw notABackup(where, { key: 'backupErrors.why.notPlainFile', values: { name: c.name } });
    if (c.size !== null && stat.size !== c.size)
      throw notABackup(where, {
        key: 'backupErrors.why.wrongSize',
        values: { name: c.name, size: String(stat.size), expected: String(c.size) },
      });
    const got = await copyHashing(c.from, path.join(staging, c.name), job.signal);
    if (got.sha256 !== c.sha256)
      throw notABackup(where, { key: 'backupErrors.why.checksum', values: { name: c.name } });
  }
}

function refuseLink(file: string, where: Where): void {
  if (!fs.lstatSync(file).isFile())
    throw notABackup(where, { key: 'backupErrors.why.notPlainFile', values: { name: path.basename(file) } });
}

export function binding(nativeBinding?: string): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {};
}
