import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { maxCertificateBytes } from '../certificates/certificate-store';
import { type SaidAs, type UserError, userError } from '../errors';

/** Names a backup may hold: the database, and certificates under their SHA-256. */
export const databaseName = 'portfolio.db';
export const manifestName = 'manifest.json';
export const certificatePattern = /^certificates\/[0-9a-f]{64}$/;
export const backupFormat = 'ceu-portfolio-backup';
export const backupFormatVersion = 1;
/** A manifest is a few hundred bytes a certificate; anything this big is not ours. */
export const maxManifestBytes = 16 * 1024 * 1024;

const fileSchema = z.object({
  path: z.string().refine((p) => p === databaseName || certificatePattern.test(p), 'not a backup file name'),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const manifestSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.literal(backupFormatVersion),
  /** The database's user_version (see src/core/db/migrations.ts). */
  dataVersion: z.number().int().nonnegative(),
  createdAt: z.string(),
  appVersion: z.string(),
  files: z.array(fileSchema),
});

export type BackupManifest = z.infer<typeof manifestSchema>;
export type ManifestFile = z.infer<typeof fileSchema>;

/** Parses manifest text; an error that says the backup is not usable otherwise. */
export function parseManifest(text: string, where: Where): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw notABackup(where, { key: 'backupErrors.why.manifestUnreadable' });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const formatVersion = (json as { formatVersion?: unknown } | null)?.formatVersion;
    if (typeof formatVersion === 'number' && formatVersion > backupFormatVersion)
      throw userError('DATABASE_TOO_NEW', { key: 'backupErrors.madeByNewerVersion', values: { where } });
    throw notABackup(where, { key: 'backupErrors.why.manifestForm' });
  }
  const db = parsed.data.files.filter((f) => f.path === databaseName);
  if (db.length !== 1) throw notABackup(where, { key: 'backupErrors.why.notOneDatabase' });
  if (new Set(parsed.data.files.map((f) => f.path)).size !== parsed.data.files.length)
    throw notABackup(where, { key: 'backupErrors.why.listedTwice' });
  for (const f of parsed.data.files) {
    if (f.path !== databaseName && f.path !== `certificates/${f.sha256}`)
      throw notABackup(where, { key: 'backupErrors.why.notNamedByContents', values: { name: f.path } });
    if (f.path !== databaseName && f.size > maxCertificateBytes)
      throw notABackup(where, { key: 'backupErrors.why.tooLarge', values: { name: f.path } });
  }
  return parsed.data;
}

/** "The backup file …" or "The folder …": what a restore was given, said in the person's language. */
export type Where = SaidAs;

export function backupFileWhere(file: string): Where {
  return { key: 'backupErrors.whereFile', values: { file } };
}

export function folderWhere(folder: string): Where {
  return { key: 'backupErrors.whereFolder', values: { folder } };
}

export function notABackup(where: Where, why: SaidAs): UserError {
  return userError('INVALID_INPUT', { key: 'backupErrors.cannotRestore', values: { where, why } });
}

/** SHA-256 and size of a file, read in pieces (never whole). */
export async function hashFile(
  file: string,
  signal?: AbortSignal,
): Promise<{ sha256: string; size: number }> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20, signal })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}
