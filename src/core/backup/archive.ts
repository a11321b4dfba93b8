import fs from 'node:fs';
import path from 'node:path';
import packageJson from '../../../package.json';
import { type UserError, userError } from '../errors';
import type { Portfolio } from '../portfolio';
import { syncDirectory } from '../write-file-atomic';
import { tempNameFor } from './copy-file';
import { certificatesNamedBy, copyDatabase } from './database-copy';
import { type JobOptions, stopIfCancelled } from './job';
import {
  backupFormat,
  backupFormatVersion,
  type BackupManifest,
  databaseName,
  hashFile,
  manifestName,
} from './manifest';
import { TarWriter } from './tar-writer';

export const archiveExtension = '.ceubackup';

export interface ArchiveResult {
  path: string;
  size: number;
  certificates: number;
}

/**
 * Writes the whole portfolio to ONE file: a plain tar stream (stored, not compressed:
 * certificates are PDFs and photos already) of `manifest.json` first, then
 * `portfolio.db` (an online-backup copy), then `certificates/<sha256>`. Everything is
 * streamed; the file appears under its final name only when complete.
 */
export async function createBackupArchive(
  portfolio: Portfolio,
  outFile: string,
  job: JobOptions & { nativeBinding?: string } = {},
): Promise<ArchiveResult> {
  const { signal, onProgress } = job;
  const target = path.resolve(outFile);
  const temp = tempNameFor(target);
  const dbCopy = `${temp}.db`;
  stopIfCancelled(signal, 'backup');
  try {
    onProgress?.({ done: 0, total: 1, stage: 'Copying the database' });
    await copyDatabase(portfolio.db, dbCopy, job.nativeBinding);
    const db = await hashFile(dbCopy, signal);
    const named = certificatesNamedBy(dbCopy, job.nativeBinding);
    for (const cert of named) {
      const stat = fs.statSync(portfolio.certificates.pathOf(cert.sha256), { throwIfNoEntry: false });
      if (!stat?.isFile() || stat.size !== cert.size) throw unreadable(cert.sha256);
    }
    const manifest: BackupManifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      dataVersion: portfolio.db.pragma('user_version', { simple: true }) as number,
      createdAt: portfolio.now().toISOString(),
      appVersion: packageJson.version,
      files: [
        { path: databaseName, ...db },
        ...named.map((c) => ({ path: `certificates/${c.sha256}`, size: c.size, sha256: c.sha256 })),
      ],
    };

    const writer = TarWriter.open(temp);
    try {
      await writer.addText(manifestName, JSON.stringify(manifest, null, 1));
      stopIfCancelled(signal, 'backup');
      await writer.addFile(databaseName, dbCopy, db.size, signal);
      for (const [i, cert] of named.entries()) {
        stopIfCancelled(signal, 'backup');
        onProgress?.({ done: i, total: named.length, stage: 'Adding certificates' });
        const got = await writer.addFile(
          `certificates/${cert.sha256}`,
          portfolio.certificates.pathOf(cert.sha256),
          cert.size,
          signal,
        );
        if (got !== cert.sha256) throw unreadable(cert.sha256);
      }
      await writer.finish();
    } finally {
      writer.close();
    }
    fs.renameSync(temp, target);
    syncDirectory(path.dirname(target));
    onProgress?.({ done: named.length, total: named.length, stage: 'Done' });
    return { path: target, size: fs.statSync(target).size, certificates: named.length };
  } catch (error) {
    fs.rmSync(temp, { force: true });
    if (signal?.aborted) throw userError('CANCELLED', { key: 'backupErrors.backupCancelled' });
    throw error;
  } finally {
    fs.rmSync(dbCopy, { force: true });
    fs.rmSync(`${dbCopy}-journal`, { force: true });
  }
}

function unreadable(sha256: string): UserError {
  return userError('NOT_FOUND', {
    key: 'backupErrors.certificateMissingForBackup',
    values: { id: sha256.slice(0, 12) },
  });
}
