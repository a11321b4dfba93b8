import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { extract as tarExtract, type Header } from 'tar-stream';
import { UserError } from '../errors';
import { fsyncFile } from './copy-file';
import type { JobOptions } from './job';
import {
  type BackupManifest,
  certificatePattern,
  databaseName,
  manifestName,
  maxManifestBytes,
  notABackup,
  parseManifest,
} from './manifest';

/**
 * Unpacks a `.ceubackup` file into an empty staging folder, refusing anything that is not
 * exactly what createBackupArchive writes: the manifest first, then only the files it
 * lists, each a plain file of the size it declares, whose SHA-256 must match. Links,
 * devices, folders, `..` or absolute names, and sizes that differ from the manifest are
 * refused before a byte of that entry is written.
 */
export async function unpackArchive(file: string, staging: string, job: JobOptions): Promise<BackupManifest> {
  const where = `The backup file ${file}`;
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat) throw new UserError('NOT_FOUND', `There is no file ${file}. Check the name and try again.`);
  if (!stat.isFile()) throw notABackup(where, 'it is not a file');

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
      if (name !== manifestName)
        throw notABackup(where, 'it does not start with its list of files (manifest.json)');
      if ((header.size ?? 0) > maxManifestBytes) throw notABackup(where, 'its list of files is too large');
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      manifest = parseManifest(Buffer.concat(chunks).toString('utf8'), where);
      for (const f of manifest.files) expected.set(f.path, f);
      checkRoom(staging, manifest, where);
      fs.mkdirSync(path.join(staging, 'certificates'));
      return;
    }
    const want = expected.get(name);
    if (!want)
      throw notABackup(where, `it holds ${name}, which its list of files does not name (or names twice)`);
    if (header.size !== want.size)
      throw notABackup(where, `${name} is ${header.size} bytes but its list of files says ${want.size}`);
    expected.delete(name);
    job.onProgress?.({ done: done++, total: manifest.files.length, stage: 'Unpacking and checking' });
    const hash = crypto.createHash('sha256');
    const out = fs.createWriteStream(path.join(staging, name), { flags: 'wx' });
    const closed = once(out, 'close').then(() => undefined);
    writing.add(closed);
    try {
      for await (const chunk of stream) {
        if (job.signal?.aborted) throw new UserError('CANCELLED', 'cancelled');
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
      throw notABackup(where, `${name} does not match its checksum (the file is damaged)`);
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
    throw notABackup(where, 'it is not a complete CEU Portfolio backup file');
  }
  if (!manifest) throw notABackup(where, 'it is empty');
  if (expected.size > 0)
    throw notABackup(
      where,
      `it is incomplete (${[...expected.keys()][0]} and ${expected.size - 1} more are missing)`,
    );
  return manifest;
}

function refuseHostile(where: string, header: Header): void {
  const name = header.name;
  if (path.posix.isAbsolute(name) || path.win32.isAbsolute(name))
    throw notABackup(where, `it holds an entry with an absolute path (${name})`);
  if (name.split(/[\\/]/).includes('..'))
    throw notABackup(where, `it holds an entry that points outside its folder (${name})`);
  if (header.type !== 'file') {
    const what =
      header.type === 'symlink' || header.type === 'link'
        ? 'a link'
        : header.type === 'directory'
          ? 'a folder'
          : header.type === 'character-device' || header.type === 'block-device' || header.type === 'fifo'
            ? 'a device'
            : 'an entry of an unknown kind';
    throw notABackup(where, `it holds ${what} (${name}); a backup holds only plain files`);
  }
  if (name !== manifestName && name !== databaseName && !certificatePattern.test(name))
    throw notABackup(where, `it holds ${name}, which is not a file a backup can contain`);
}

/** Refuses a backup that would not fit on the disk, before unpacking any of it. */
function checkRoom(staging: string, manifest: BackupManifest, where: string): void {
  const needed = manifest.files.reduce((sum, f) => sum + f.size, 0);
  let free = Number.POSITIVE_INFINITY;
  try {
    const s = fs.statfsSync(staging);
    free = s.bavail * s.bsize;
  } catch {
    // Not every platform can tell; unpacking will then stop when the disk is full.
  }
  if (needed > free) {
    const gb = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GB`;
    throw new UserError(
      'INVALID_INPUT',
      `${where} needs ${gb(needed)} of free space and the disk has ${gb(free)}. Free some space and try again. Nothing was changed.`,
    );
  }
}
