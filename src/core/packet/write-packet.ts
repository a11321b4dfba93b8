import { writeFileAtomic } from '../write-file-atomic';
import { buildPacket } from './build-packet';
import type { BuildPacketOptions, PacketSource, WrittenPacket } from './types';
import { throwIfAborted } from './types';

/**
 * Builds the packet, then writes it to `target` under a temporary name, flushed and
 * renamed (the same writer as every other file the app writes for the user), so the
 * target is either the old file or the complete packet.
 */
export async function writePacket(
  target: string,
  source: PacketSource,
  options: BuildPacketOptions = {},
): Promise<WrittenPacket> {
  const built = await buildPacket(source, options);
  throwIfAborted(options.signal);
  writeFileAtomic(target, built.bytes);
  return {
    path: target,
    pageCount: built.pageCount,
    size: built.bytes.length,
    openItems: built.openItems,
    placeholders: built.problems,
  };
}
