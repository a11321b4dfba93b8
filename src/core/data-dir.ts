import path from 'node:path';
import fs from 'node:fs';

/** The files that make up one portfolio inside its data directory. */
export interface DataPaths {
  dataDir: string;
  databasePath: string;
  certificatesDir: string;
  /** Photos' page images prepared for the packet: a cache, never backed up (prepared-images.ts). */
  preparedImagesDir: string;
}

/**
 * Where the portfolio lives: `--data-dir DIR` wins, then CEU_DATA_DIR, then the
 * platform default the caller passes (Electron's userData in the app).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const flagIndex = argv.findIndex((arg) => arg === '--data-dir' || arg.startsWith('--data-dir='));
  if (flagIndex >= 0) {
    const arg = argv[flagIndex]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flagIndex + 1];
    if (value && !value.startsWith('--')) return path.resolve(value);
  }
  if (env.CEU_DATA_DIR && env.CEU_DATA_DIR.trim() !== '') return path.resolve(env.CEU_DATA_DIR);
  return fallback;
}

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    databasePath: path.join(dataDir, 'portfolio.db'),
    certificatesDir: path.join(dataDir, 'certificates'),
    preparedImagesDir: path.join(dataDir, 'prepared-images'),
  };
}

export function ensureDataDir(paths: DataPaths): void {
  fs.mkdirSync(paths.certificatesDir, { recursive: true });
}
