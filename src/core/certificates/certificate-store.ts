import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { megabytes } from '../../domain/file-size';
import type { Certificate } from '../../domain/portfolio';
import { type UserError, userError } from '../errors';
import { acceptedTypesInWords, detectMediaType } from './detect-type';
import { isTempFileName, writeFileAtomic } from '../write-file-atomic';
import type { PreparedImageStore } from './prepared-images';

export const maxCertificateBytes = 50 * 1024 * 1024;

const hashPattern = /^[0-9a-f]{64}$/;

/**
 * Certificate files, stored once each by the SHA-256 of their bytes. A file is written
 * under a temporary name, fsynced and renamed before its database row commits, so the
 * database never names a file that is not fully on disk. Files are never deleted as a
 * side effect of editing: only `cleanUp` removes files that no activity names.
 */
export class CertificateStore {
  constructor(
    private readonly db: Database.Database,
    private readonly dir: string,
    private readonly now: () => Date = () => new Date(),
    /** Photos' page images, which go when their certificate goes. */
    private readonly preparedImages?: PreparedImageStore,
  ) {
    fs.mkdirSync(dir, { recursive: true });
  }

  /** Validates and stores a file; storing the same bytes again returns the existing record. */
  add(fileName: string, bytes: Uint8Array): Certificate {
    const name = path.basename(fileName.replace(/\\/g, '/')) || 'certificate';
    if (bytes.length === 0) {
      throw userError('CERTIFICATE_REJECTED', { key: 'errors.certificateEmpty', values: { file: name } });
    }
    if (bytes.length > maxCertificateBytes) {
      throw userError('CERTIFICATE_REJECTED', {
        key: 'errors.certificateTooBig',
        values: { file: name, size: megabytes(bytes.length) },
      });
    }
    const mediaType = detectMediaType(bytes);
    if (!mediaType) {
      throw userError('CERTIFICATE_REJECTED', {
        key: 'errors.certificateType',
        values: { file: name, types: acceptedTypesInWords },
      });
    }
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const addedAt = this.now().toISOString();
    const existing = this.get(sha256);
    if (!existing || !fs.existsSync(this.pathOf(sha256))) writeFileAtomic(this.pathOf(sha256), bytes);
    // Storing the same bytes again restarts the grace period, so clean-up cannot take an
    // old unlinked certificate away from the form that has just attached it again.
    this.db
      .prepare(
        `INSERT INTO certificates (sha256, file_name, media_type, size, added_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (sha256) DO UPDATE SET added_at = excluded.added_at`,
      )
      .run(sha256, name, mediaType, bytes.length, addedAt);
    return this.get(sha256)!;
  }

  get(sha256: string): Certificate | null {
    const row = this.db
      .prepare('SELECT sha256, file_name, media_type, size, added_at FROM certificates WHERE sha256 = ?')
      .get(sha256) as
      { sha256: string; file_name: string; media_type: string; size: number; added_at: string } | undefined;
    if (!row) return null;
    return {
      sha256: row.sha256,
      fileName: row.file_name,
      mediaType: row.media_type,
      size: row.size,
      addedAt: row.added_at,
    };
  }

  /** The file's bytes; an error that says so if the file is missing or no longer matches its hash. */
  async read(sha256: string): Promise<Uint8Array> {
    const file = this.pathOf(sha256);
    let bytes: Buffer;
    try {
      bytes = await fs.promises.readFile(file);
    } catch {
      throw missingFile(sha256);
    }
    return checked(sha256, bytes);
  }

  /**
   * `read`, without leaving the thread: for the packet builder, which runs on a worker
   * thread (or in the CLI) where nothing waits on it. A small file is read in a few
   * microseconds this way; the promise-based read makes four trips through the thread
   * pool (open, stat, read, close), which was most of the time to check 60 one-page PDFs.
   */
  readSync(sha256: string): Uint8Array {
    const file = this.pathOf(sha256);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      throw missingFile(sha256);
    }
    return checked(sha256, bytes);
  }

  pathOf(sha256: string): string {
    if (!hashPattern.test(sha256)) throw userError('INVALID_INPUT', { key: 'coreErrors.notCertificateId' });
    return path.join(this.dir, sha256);
  }

  /**
   * Removes certificates no activity or draft names (rows and files), files no row names, and
   * temporary files left by an interrupted write, but only those older than
   * `cleanUpGraceMs`; and the prepared page image of every certificate removed. A certificate is stored (file, then row) before the activity that
   * links it is saved, and a person filling in a form may have attached a file hours ago:
   * anything younger may belong to a save still under way, in this process or another.
   */
  cleanUp(): { removed: number; bytesFreed: number } {
    const cutoff = this.now().getTime() - cleanUpGraceMs;
    // One statement, so a link committed by another connection in between is honored.
    this.db
      .prepare(
        `DELETE FROM certificates
         WHERE added_at < ? AND sha256 NOT IN (SELECT sha256 FROM activity_certificates)
           AND sha256 NOT IN (SELECT sha256 FROM activity_draft_certificates)`,
      )
      .run(new Date(cutoff).toISOString());
    const known = new Set(
      (this.db.prepare('SELECT sha256 FROM certificates').all() as { sha256: string }[]).map((r) => r.sha256),
    );
    // Files carry the file system's times, which the injected clock does not move.
    const fileCutoff = Date.now() - cleanUpGraceMs;
    let removed = 0;
    let bytesFreed = 0;
    for (const entry of fs.readdirSync(this.dir)) {
      if (known.has(entry)) continue;
      if (!hashPattern.test(entry) && !isTempFileName(entry)) continue;
      const file = path.join(this.dir, entry);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        continue; // renamed or removed meanwhile by a write in progress
      }
      if (!stat.isFile() || stat.mtimeMs >= fileCutoff) continue;
      fs.rmSync(file, { force: true });
      removed += hashPattern.test(entry) ? 1 : 0;
      bytesFreed += stat.size;
    }
    if (this.preparedImages) bytesFreed += this.preparedImages.removeAllBut(known, cleanUpGraceMs).bytesFreed;
    return { removed, bytesFreed };
  }
}

/** How old an unlinked certificate must be before clean-up removes it: a day. */
export const cleanUpGraceMs = 24 * 60 * 60 * 1000;

function missingFile(sha256: string): UserError {
  return userError('NOT_FOUND', { key: 'errors.certificateMissing', values: { id: sha256.slice(0, 12) } });
}

/** The bytes, if they still match the hash they are stored under. */
function checked(sha256: string, bytes: Buffer): Uint8Array {
  const actual = crypto.createHash('sha256').update(bytes).digest('hex');
  if (actual !== sha256) {
    throw userError('NOT_FOUND', { key: 'errors.certificateChanged', values: { id: sha256.slice(0, 12) } });
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
