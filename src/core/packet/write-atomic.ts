import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { buildPacket } from './build-packet';
import type { BuildPacketOptions, PacketSource, WrittenPacket } from './types';
import { throwIfAborted } from './types';

/**
 * Writes bytes to `target` so that it is either the old file or the complete new one:
 * a temporary file in the same folder, flushed to disk, then renamed over the target.
 * The temporary file is removed if anything fails.
 */
export async function writeFileAtomic(
  target: string,
  bytes: Uint8Array,
  signal?: AbortSignal,
): Promise<void> {
  const directory = path.dirname(target);
  const temporary = path.join(
    directory,
    `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  try {
    handle = await open(temporary, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = null;
    throwIfAborted(signal);
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  // Make the rename itself durable where the platform allows syncing a directory.
  const folder = await open(directory, 'r').catch(() => null);
  if (folder) {
    await folder.sync().catch(() => undefined);
    await folder.close().catch(() => undefined);
  }
}

/** Builds the packet, then writes it atomically to `target`. */
export async function writePacket(
  target: string,
  source: PacketSource,
  options: BuildPacketOptions = {},
): Promise<WrittenPacket> {
  const built = await buildPacket(source, options);
  throwIfAborted(options.signal);
  await writeFileAtomic(target, built.bytes, options.signal);
  return { path: target, pageCount: built.pageCount, size: built.bytes.length };
}
