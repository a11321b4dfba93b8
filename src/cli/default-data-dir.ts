import os from 'node:os';
import path from 'node:path';
import { resolveDataDir } from '../core/data-dir';

/** The app's product name: Electron names its userData folder after it. */
export const productName = 'CEU Portfolio';

/**
 * The folder the app keeps its portfolio in when started normally: Electron's userData
 * for productName "CEU Portfolio" (appData + product name). The CLI must find the same
 * portfolio without being told.
 */
export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir(),
): string {
  if (platform === 'win32')
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', productName);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), productName);
}

/** --data-dir wins, then CEU_DATA_DIR, then the app's own folder. */
export function chooseDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag !== undefined && flag.trim() !== '') return path.resolve(flag);
  return resolveDataDir([], env, appDataDir(process.platform, env));
}
