import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

/** A temporary name beside `target`, so the final rename stays on one file system. */
export function tempNameFor(target: string): string {
  return path.join(
    path.dirname(target),
    `.${path.basename(target)}.${crypto.randomBytes(6).toString('hex')}.tmp`,
  );
}

/**
 * Streams `from` into `to` through SHA-256 (a piece at a time), fsyncs, and returns the
 * hash and size. The caller renames `to` into place once it has checked the hash.
 */
export async function copyHashing(
  from: string,
  to: string,
  signal?: AbortSignal,
): Promise<{ sha256: string; size: number }> {
  const hash = crypto.createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  signal?.throwIfAborted();
  const out = fs.createWriteStream(to, { flags: 'wx' });
  try {
    await pipeline(fs.createReadStream(from, { highWaterMark: 1 << 20 }), tap, out, { signal });
  } catch (error) {
    // A stopped copy may still be opening its file: let it finish so the caller's
    // clean-up removes it, rather than racing it.
    if (!out.closed) await once(out, 'close');
    throw error;
  }
  fsyncFile(to);
  return { sha256: hash.digest('hex'), size };
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
