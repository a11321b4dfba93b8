import fs from 'node:fs';
import path from 'node:path';
import { megabytes } from '../../domain/file-size';
import { maxCertificateBytes } from '../certificates/certificate-store';
import { detectMediaType } from '../certificates/detect-type';
import type { SaidAs } from '../errors';
import { notAFile } from './file-kind';

/**
 * Checks a certificate file an import names, the same way the certificate store will
 * when it stores it (size limit, type from the bytes), so that every bad file is found
 * before anything is imported rather than one at a time half-way through.
 */
export async function checkCertificateFile(file: string, shownAs: string): Promise<SaidAs | null> {
  const name = shownAs;
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { key: 'importProblems.certificate.notFound', values: { name, file } };
    }
    return {
      key: 'importProblems.certificate.unopenable',
      values: { name, reason: (error as Error).message },
    };
  }
  const kind = notAFile(stat);
  if (kind) {
    const which =
      kind === 'a folder'
        ? 'folder'
        : kind === 'a named pipe'
          ? 'pipe'
          : kind === 'a device'
            ? 'device'
            : 'socket';
    return { key: 'importProblems.certificate.notAFile', values: { name, kind: which } };
  }
  if (stat.size === 0) return { key: 'importProblems.certificate.empty', values: { name } };
  if (stat.size > maxCertificateBytes) {
    return { key: 'importProblems.certificate.tooLarge', values: { name, size: megabytes(stat.size) } };
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
    const reason: SaidAs | string =
      code === 'EACCES' || code === 'EPERM'
        ? { key: 'importProblems.certificate.permissionDenied' }
        : (error as Error).message;
    return { key: 'importProblems.certificate.unreadable', values: { name, reason } };
  }
  if (!detectMediaType(head)) return { key: 'importProblems.certificate.wrongType', values: { name } };
  return null;
}

/** Where a certificate named in the file is on disk: relative to the JSON file's folder. */
export function resolveCertificatePath(jsonDir: string, file: string): string {
  return path.resolve(jsonDir, file.replace(/\\/g, '/'));
}

export type CertificateLocation =
  { file: string; refused?: undefined } | { file?: undefined; refused: SaidAs };

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
  return {
    refused:
      real && real !== named
        ? { key: 'importProblems.certificate.outsideLink', values: { name: shownAs, target: real, folder } }
        : { key: 'importProblems.certificate.outside', values: { name: shownAs, folder } },
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
