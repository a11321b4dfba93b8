import fs from 'node:fs';
import path from 'node:path';
import { megabytes } from '../../domain/file-size';
import { maxCertificateBytes } from '../certificates/certificate-store';
import { acceptedTypesInWords, detectMediaType } from '../certificates/detect-type';
import { notAFile } from './file-kind';

/**
 * Checks a certificate file an import names, the same way the certificate store will
 * when it stores it (size limit, type from the bytes), so that every bad file is found
 * before anything is imported rather than one at a time half-way through.
 */
export async function checkCertificateFile(file: string, shownAs: string): Promise<string | null> {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return `The certificate file "${shownAs}" was not found (looked for ${file}). Put the file there or correct the path.`;
    }
    return `The certificate file "${shownAs}" cannot be opened (${(error as Error).message}).`;
  }
  const kind = notAFile(stat);
  if (kind) return `"${shownAs}" is ${kind}, not a certificate file. Give the path of the file itself.`;
  if (stat.size === 0) {
    return `The certificate file "${shownAs}" is empty (0 bytes). Download or scan the certificate again and put the new file there.`;
  }
  if (stat.size > maxCertificateBytes) {
    return `The certificate file "${shownAs}" is ${megabytes(stat.size)}; certificates can be at most 50 MB. Save it at a lower resolution or as a PDF.`;
  }
  let head: Buffer;
  try {
    const handle = await fs.promises.open(file, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(stat.size, 1024));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message;
    return `The certificate file "${shownAs}" cannot be read (${why}). Check that you can open it, then import again.`;
  }
  if (!detectMediaType(head)) {
    return `The certificate file "${shownAs}" is not a ${acceptedTypesInWords} file (its contents were checked, not its name). Save the certificate in one of those formats.`;
  }
  return null;
}

/** Where a certificate named in the file is on disk: relative to the JSON file's folder. */
export function resolveCertificatePath(jsonDir: string, file: string): string {
  return path.resolve(jsonDir, file.replace(/\\/g, '/'));
}

export type CertificateLocation =
  { file: string; refused?: undefined } | { file?: undefined; refused: string };

/**
 * Where a certificate named in the file really is, confined to the portfolio file's
 * folder and its subfolders once symlinks are resolved (of the folder too): an import
 * must not copy a file from elsewhere on the computer ("../", an absolute path, or a
 * link pointing out) into a portfolio and its packets. A file that does not exist is
 * located where it would be, for checkCertificateFile to report.
 */
export function locateCertificate(jsonDir: string, shownAs: string): CertificateLocation {
  const folder = realpathOf(jsonDir) ?? path.resolve(jsonDir);
  const named = resolveCertificatePath(jsonDir, shownAs);
  const real = realpathOf(named);
  // A missing file is judged by its name (and reported as missing later).
  if (real ? isInside(folder, real) : isInside(path.resolve(jsonDir), named)) return { file: real ?? named };
  const pointsTo = real && real !== named ? ` (it points to ${real})` : '';
  return {
    refused:
      `The certificate file "${shownAs}" is outside the folder of the portfolio file${pointsTo}. ` +
      `Only files in ${folder} and its subfolders are imported: copy the certificate into that folder, name it by its path there, then import again.`,
  };
}

function realpathOf(file: string): string | null {
  try {
    return fs.realpathSync.native(file);
  } catch {
    return null;
  }
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}
