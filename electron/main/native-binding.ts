import fs from 'node:fs';
import path from 'node:path';

export interface AppLocation {
  /** app.isPackaged: running from an installed app rather than the project folder. */
  isPackaged: boolean;
  /** app.getAppPath(): the project folder in development, resources/app.asar when packaged. */
  appRoot: string;
  /** process.resourcesPath: the installed app's resources folder (packaged only). */
  resourcesPath: string;
}

/**
 * better-sqlite3 built for Electron's ABI. In development it lives apart from
 * node_modules (which keeps the Node build for tests and the CLI); scripts/start.mjs
 * builds it there. In an installed app electron-builder rebuilt the one in node_modules
 * for Electron and unpacked it next to app.asar. Returns null when it is missing, so the
 * app can say so instead of crashing on load.
 */
export function electronSqliteBinding(location: AppLocation): string | null {
  const release = ['better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];
  const file = location.isPackaged
    ? path.join(location.resourcesPath, 'app.asar.unpacked', 'node_modules', ...release)
    : path.join(location.appRoot, '.electron-native', ...release);
  return fs.existsSync(file) ? file : null;
}
