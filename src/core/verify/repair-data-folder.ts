import fs from 'node:fs';
import path from 'node:path';
import type { Portfolio } from '../portfolio';
import { isTempFileName } from '../write-file-atomic';

/** A temporary file younger than this may belong to a write under way. */
const tempGraceMs = 60_000;

/**
 * The step the owner of a portfolio runs after taking the writer lock: removes
 * temporary files an interrupted write left behind (only the names writeFileAtomic
 * uses, only older than a minute) and lists certificate files no record names, without
 * deleting them: "Delete certificate files no activity uses" decides that.
 */
export function repairDataFolder(portfolio: Portfolio): {
  removedTempFiles: string[];
  unusedFiles: string[];
} {
  const { dataDir, certificatesDir, preparedImagesDir } = portfolio.paths;
  const removedTempFiles: string[] = [];
  for (const file of leftoverFiles(dataDir, certificatesDir, preparedImagesDir)) {
    try {
      if (Date.now() - fs.statSync(file).mtimeMs < tempGraceMs) continue;
      fs.rmSync(file, { force: true });
      removedTempFiles.push(file);
    } catch {
      // Gone already: the write it belonged to finished or cleaned up after itself.
    }
  }
  return { removedTempFiles, unusedFiles: unusedCertificateFiles(portfolio) };
}

/** Temporary files from interrupted writes, in the data folder, the certificate folder and the prepared images. */
export function leftoverFiles(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    fs.existsSync(dir)
      ? fs
          .readdirSync(dir)
          .filter(isTempFileName)
          .map((name) => path.join(dir, name))
      : [],
  );
}

/**
 * Certificate-named files no certificate record names. Prepared page images are not
 * certificates (a cache in their own folder): clean-up takes those whose certificate is gone.
 */
export function unusedCertificateFiles(portfolio: Portfolio): string[] {
  const known = new Set(
    (portfolio.db.prepare('SELECT sha256 FROM certificates').all() as { sha256: string }[]).map(
      (r) => r.sha256,
    ),
  );
  const dir = portfolio.paths.certificatesDir;
  return fs
    .readdirSync(dir)
    .filter((name) => /^[0-9a-f]{64}$/.test(name) && !known.has(name))
    .map((name) => path.join(dir, name));
}
