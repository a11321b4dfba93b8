import fs from 'node:fs';
import path from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI lives apart from node_modules (which keeps the
 * Node build for tests and the CLI); scripts/start.mjs builds it there. Returns null
 * when it has not been built, so the app can say so instead of crashing on load.
 */
export function electronSqliteBinding(appRoot: string): string | null {
  const file = path.join(
    appRoot,
    '.electron-native',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
  return fs.existsSync(file) ? file : null;
}
