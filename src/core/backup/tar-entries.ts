import crypto from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import type { EventEmitter } from 'node:events';
import type { Pack } from 'tar-stream';

/**
 * Adds one file to a tar stream a piece at a time (never the whole file in memory),
 * waiting whenever the archive's reader is behind. Returns the SHA-256 of what went in.
 */
export async function addFileEntry(
  pack: Pack,
  name: string,
  file: string,
  size: number,
  signal?: AbortSignal,
): Promise<string> {
  const hash = crypto.createHash('sha256');
  let entry!: ReturnType<Pack['entry']>;
  const written = new Promise<void>((resolve, reject) => {
    entry = pack.entry({ name, size, mode: 0o644, mtime: new Date(0), type: 'file' }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
  // Its failure is reported by the read below or by the archive stream: never left unhandled.
  written.catch(() => undefined);
  try {
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20, signal, end: size - 1 })) {
      hash.update(chunk as Buffer);
      if (!entry.write(chunk)) await once(entry as unknown as EventEmitter, 'drain');
    }
  } catch (error) {
    entry.destroy();
    throw error;
  }
  (entry as unknown as { end(): void }).end();
  await written;
  return hash.digest('hex');
}

export async function addTextEntry(pack: Pack, name: string, text: string): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    pack.entry({ name, mode: 0o644, mtime: new Date(0), type: 'file' }, text, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
}
