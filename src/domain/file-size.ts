/**
 * File sizes in words, one implementation for the window, the CLI and the packet. Each
 * caller keeps the precision it has always shown (the packet's manifest must not change).
 */

const kilobyte = 1024;
const megabyte = kilobyte * 1024;
const gigabyte = megabyte * 1024;

/** "52.4 MB": for messages about the 50 MB limit. */
export function megabytes(bytes: number): string {
  return `${(bytes / megabyte).toFixed(1)} MB`;
}

/** "900 bytes", "5.0 KB", "300.0 KB", "2.5 MB": to a tenth, as the packet's manifest lists files. */
export function fileSize(bytes: number): string {
  if (bytes < kilobyte) return `${bytes} bytes`;
  if (bytes < megabyte) return `${(bytes / kilobyte).toFixed(1)} KB`;
  return megabytes(bytes);
}

/** "900 bytes", "5.0 KB", "300 KB", "2.5 MB", "25 MB", "1.2 GB": tenths only below 10, for screens. */
export function roundedFileSize(bytes: number): string {
  if (bytes < kilobyte) return `${bytes} bytes`;
  for (const [unit, size] of [
    ['KB', kilobyte],
    ['MB', megabyte],
  ] as const) {
    const value = bytes / size;
    if (value < 1024) return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
  }
  return `${(bytes / gigabyte).toFixed(1)} GB`;
}
