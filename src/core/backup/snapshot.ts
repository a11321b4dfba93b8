import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import packageJson from '../../../package.json';
import { type UserError, userError } from '../errors';
import type { Portfolio } from '../portfolio';
import { syncDirectory, writeFileAtomic } from '../write-file-atomic';
import { copyHashing, tempNameFor } from './copy-file';
import { certificatesNamedBy, copyDatabase } from './database-copy';
import { type JobOptions, stopIfCancelled } from './job';
import {
  backupFormat,
  backupFormatVersion,
  type BackupManifest,
  databaseName,
  folderWhere,
  hashFile,
  manifestName,
  parseManifest,
} from './manifest';
import { snapshotName, timeOfSnapshot } from './snapshot-names';

export interface SnapshotInfo {
  name: string;
  /** The snapshot's folder: restore from it with restorePortfolio. */
  path: string;
  createdAt: Date;
  dataVersion: number;
  certificates: number;
  /** Database plus certificates, in bytes (certificates are shared between snapshots). */
  size: number;
}

export interface SnapshotResult {
  snapshot: SnapshotInfo;
  /** What this snapshot added to the backup folder: the database and new certificates. */
  bytesWritten: number;
  certificatesCopied: number;
  certificatesAlreadyThere: number;
}

/**
 * Takes a snapshot into `backupDir`: `snapshots/<UTC time>/` holds a consistent copy of
 * the database and a manifest; certificates go to `certificates/<sha256>`, shared by
 * every snapshot, so each is copied once. Built under a temporary folder name and
 * renamed at the end: a cancel or crash never leaves a snapshot that looks complete.
 */
export async function takeSnapshot(
  portfolio: Portfolio,
  backupDir: string,
  job: JobOptions & { now?: Date; nativeBinding?: string } = {},
): Promise<SnapshotResult> {
  const { signal, onProgress } = job;
  const now = job.now ?? portfolio.now();
  const snapshotsDir = path.join(backupDir, 'snapshots');
  const sharedDir = path.join(backupDir, 'certificates');
  try {
    fs.mkdirSync(snapshotsDir, { recursive: true });
    fs.mkdirSync(sharedDir, { recursive: true });
  } catch (error) {
    throw userError('NOT_FOUND', {
      key: 'backupErrors.backupFolderNotWritable',
      values: { folder: backupDir, code: (error as NodeJS.ErrnoException).code ?? 'error' },
    });
  }
  stopIfCancelled(signal, 'snapshot');
  const temp = path.join(snapshotsDir, `.tmp-${crypto.randomBytes(6).toString('hex')}`);
  fs.mkdirSync(temp);
  const copied: string[] = [];
  try {
    onProgress?.({ done: 0, total: 1, stage: 'Copying the database' });
    const dbCopy = path.join(temp, databaseName);
    await copyDatabase(portfolio.db, dbCopy, job.nativeBinding);
    const db = await hashFile(dbCopy);
    // The certificates of the copy, not of the live database: the snapshot is one moment.
    const named = certificatesNamedBy(dbCopy, job.nativeBinding);
    const files: BackupManifest['files'] = [{ path: databaseName, ...db }];
    let bytesWritten = db.size;
    let alreadyThere = 0;
    for (const [i, cert] of named.entries()) {
      stopIfCancelled(signal, 'snapshot');
      onProgress?.({ done: i, total: named.length, stage: 'Copying certificates' });
      const shared = path.join(sharedDir, cert.sha256);
      const existing = fs.statSync(shared, { throwIfNoEntry: false });
      if (existing?.isFile() && existing.size === cert.size) {
        alreadyThere++;
      } else {
        const source = portfolio.certificates.pathOf(cert.sha256);
        if (!fs.existsSync(source)) throw missingCertificate(cert.sha256);
        const tmp = tempNameFor(shared);
        try {
          const got = await copyHashing(source, tmp, signal);
          if (got.sha256 !== cert.sha256) throw damagedCertificate(cert.sha256);
          fs.renameSync(tmp, shared);
        } catch (error) {
          fs.rmSync(tmp, { force: true });
          throw error;
        }
        copied.push(shared);
        bytesWritten += cert.size;
      }
      files.push({ path: `certificates/${cert.sha256}`, size: cert.size, sha256: cert.sha256 });
    }
    syncDirectory(sharedDir);
    stopIfCancelled(signal, 'snapshot');
    const manifest: BackupManifest = {
      format: backupFormat,
      formatVersion: backupFormatVersion,
      dataVersion: portfolio.db.pragma('user_version', { simple: true }) as number,
      createdAt: now.toISOString(),
      appVersion: packageJson.version,
      files,
    };
    const manifestText = JSON.stringify(manifest, null, 1);
    writeFileAtomic(path.join(temp, manifestName), manifestText);
    bytesWritten += Buffer.byteLength(manifestText);
    const name = freeName(snapshotsDir, now);
    fs.renameSync(temp, path.join(snapshotsDir, name));
    syncDirectory(snapshotsDir);
    onProgress?.({ done: named.length, total: named.length, stage: 'Done' });
    return {
      snapshot: infoOf(snapshotsDir, name, manifest),
      bytesWritten,
      certificatesCopied: copied.length,
      certificatesAlreadyThere: alreadyThere,
    };
  } catch (error) {
    fs.rmSync(temp, { recursive: true, force: true });
    // Certificates this run copied are whole files, but no snapshot names them now.
    for (const file of copied) fs.rmSync(file, { force: true });
    if (signal?.aborted) throw userError('CANCELLED', { key: 'backupErrors.snapshotCancelled' });
    throw error;
  }
}

/** The snapshots in a backup folder, newest first. Folders without a readable manifest are left out. */
export function listSnapshots(backupDir: string): SnapshotInfo[] {
  const snapshotsDir = path.join(backupDir, 'snapshots');
  if (!fs.existsSync(snapshotsDir)) return [];
  const found: SnapshotInfo[] = [];
  for (const name of fs.readdirSync(snapshotsDir)) {
    if (!timeOfSnapshot(name)) continue;
    const manifest = readSnapshotManifest(path.join(snapshotsDir, name));
    if (manifest) found.push(infoOf(snapshotsDir, name, manifest));
  }
  return found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.name < b.name ? 1 : -1));
}

export function readSnapshotManifest(folder: string): BackupManifest | null {
  try {
    return parseManifest(fs.readFileSync(path.join(folder, manifestName), 'utf8'), folderWhere(folder));
  } catch {
    return null;
  }
}

function infoOf(snapshotsDir: string, name: string, manifest: BackupManifest): SnapshotInfo {
  return {
    name,
    path: path.join(snapshotsDir, name),
    createdAt: new Date(manifest.createdAt),
    dataVersion: manifest.dataVersion,
    certificates: manifest.files.length - 1,
    size: manifest.files.reduce((sum, f) => sum + f.size, 0),
  };
}

function freeName(snapshotsDir: string, now: Date): string {
  for (let attempt = 1; ; attempt++) {
    const name = snapshotName(now, attempt);
    if (!fs.existsSync(path.join(snapshotsDir, name))) return name;
  }
}

function missingCertificate(sha256: string): UserError {
  return userError('NOT_FOUND', {
    key: 'backupErrors.certificateMissingForSnapshot',
    values: { id: sha256.slice(0, 12) },
  });
}

function damagedCertificate(sha256: string): UserError {
  return userError('NOT_FOUND', {
    key: 'backupErrors.certificateChangedForSnapshot',
    values: { id: sha256.slice(0, 12) },
  });
}
