import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { extract as tarExtract, type Header } from 'tar-stream';
import { UserError, userError } from '../errors';
import { fsyncFile } from './copy-file';
import { type JobOptions, stopIfCancelled } from './job';
import {
  type BackupManifest,
  backupFileWhere,
  certificatePattern,
  databaseName,
  manifestName,
  maxManifestBytes,
  notABackup,
  parseManifest,
  type Where,
} from './manifest';

/**
 * Unpacks a `.ceubackup` file into an empty staging folder, refusing anything that is not
 * exactly what createBackupArchive writes: the manifest first, then only the files it
 * lists, each a plain file of the size it declares, whose SHA-256 must match. Links,
 * devices, folders, `..` or absolute names, and sizes that differ from the manifest are
 * refused before a byte of that entry is written.
 */
export async function unpackArchive(file: string, staging: string, job: JobOptions): Promise<BackupManifest> {
  const where = backupFileWhere(file);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw userError('NOT_FOUND', { key: 'backupErrors.noSuchFile', values: { file } });
  if (!stat.isFile()) throw notABackup(where, { key: 'backupErrors.why.notAFile' });

  let manifest: BackupManifest | null = null;
  const expected = new Map<string, { size: number; sha256: string }>();
  let done = 0;
  /** Files being written: each must be closed before a failure reaches the caller. */
  const writing = new Set<Promise<void>>();
  const extract = tarExtract();
  const handle = async (header: Header, stream: AsyncIterable<unknown>): Promise<void> => {
    const name = header.name;
    refuseHostile(where, header);
    if (!manifest) {
      if (name !== manifestName) throw notABackup(where, { key: 'backupErrors.why.noManifestFirst' });
      if ((header.size ?? 0) > maxManifestBytes)
        throw notABackup(where, { key: 'backupErrors.why.manifestTooLarge' });
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      manifest = parseManifest(Buffer.concat(chunks).toString('utf8'), where);
      for (const f of manifest.files) expected.set(f.path, f);
      checkRoom(staging, manifest, where);
      fs.mkdirSync(path.join(staging, 'certificates'));
      return;
    }
    const want = expected.get(name);
    if (!want) throw notABackup(where, { key: 'backupErrors.why.unlisted', values: { name } });
    if (header.size !== want.size)
      throw notABackup(where, {
        key: 'backupErrors.why.wrongSize',
        values: { name, size: String(header.size), expected: String(want.size) },
      });
    expected.delete(name);
    job.onProgress?.({ done: done++, total: manifest.files.length, stage: 'Unpacking and checking' });
    const hash = crypto.createHash('sha256');
    const out = fs.createWriteStream(path.join(staging, name), { flags: 'wx' });
    const closed = once(out, 'close').then(() => undefined);
    writing.add(closed);
    try {
      for await (const chunk of stream) {
        stopIfCancelled(job.signal, 'restore');
        hash.update(chunk as Buffer);
        if (!out.write(chunk)) await once(out, 'drain');
      }
      out.end();
    } catch (error) {
      // Closed before the caller removes the staging folder, or the removal races the write.
      out.destroy();
      throw error;
    } finally {
      await closed;
      writing.delete(closed);
    }
    // On disk before the swap makes it the portfolio's.
    fsyncFile(path.join(staging, name));
    if (hash.digest('hex') !== want.sha256)
      throw notABackup(where, { key: 'backupErrors.why.checksum', values: { name } });
  };

  extract.on('entry', (header, stream, next) => {
    handle(header, stream).then(
      () => next(),
      (error: unknown) => {
        stream.resume();
        extract.destroy(error as Error);
      },
    );
  });
  try {
    await pipeline(fs.createReadStream(file, { highWaterMark: 1 << 20 }), extract, { signal: job.signal });
  } catch (error) {
    await Promise.all(writing);
    if (job.signal?.aborted) throw error;
    if (error instanceof UserError) throw error;
    throw notABackup(where, { key: 'backupErrors.why.incompleteFile' });
  }
  if (!manifest) throw notABackup(where, { key: 'backupErrors.why.empty' });
  if (expected.size > 0)
    throw notABackup(where, {
      key: 'backupErrors.why.missingFiles',
      values: { first: [...expected.keys()][0] ?? '', more: expected.size - 1 },
    });
  return manifest;
}

function refuseHostile(where: Where, header: Header): void {
  const name = header.name;
  if (path.posix.isAbsolute(name) || path.win32.isAbsolute(name))
    throw notABackup(where, { key: 'backupErrors.why.absolutePath', values: { name } });
  if (name.split(/[\\/]/).includes('..'))
    throw notABackup(where, { key: 'backupErrors.why.outside', values: { name } });
  if (header.type !== 'file') {
    const kind =
      header.type === 'symlink' || header.type === 'link'
        ? 'link'
        : header.type === 'directory'
          ? 'folder'
          : header.type === 'character-device' || header.type === 'block-device' || header.type === 'fifo'
            ? 'device'
            : 'unknown';
    throw notABackup(where, { key: 'backupErrors.why.notPlainEntry', values: { kind, name } });
  }
  if (name !== manifestName && name !== databaseName && !certificatePattern.test(name))
    throw notABackup(where, { key: 'backupErrors.why.notBackupEntry', values: { name } });
}

/** Refuses a backup that would not fit on the disk, before unpacking any of it. */
function checkRoom(staging: string, manifest: BackupManifest, where: Where): void {
  const needed = manifest.files.reduce((sum, f) => sum + f.size, 0);
  let free = Number.POSITIVE_INFINITY;
  try {
    const s = fs.statfsSync(staging);
    free = s.bavail * s.bsize;
  } catch {
    // Not every platform can tell; unpacking will then stop when the disk is full.
  }
  if (needed > free) {
    const gb = (n: number) => (n / 1024 ** 3).toFixed(1);
    throw userError('INVALID_INPUT', {
      key: 'backupErrors.noRoom',
      values: { where, needed: gb(needed), free: gb(free) },
    });
  }
}
