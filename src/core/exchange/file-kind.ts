import type fs from 'node:fs';

/**
 * What a path is when it is not a regular file, in words a person knows, or null for a
 * regular file. A named pipe or a device must never be read like a file: reading one can
 * wait forever or never end.
 */
export function notAFile(stat: fs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}
