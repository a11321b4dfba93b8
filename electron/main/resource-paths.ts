import path from 'node:path';
import type { AppLocation } from './native-binding';

export interface AppResources {
  /** Fonts the packet is written with. */
  fontsDir: string;
  /** The sample portfolio offered on first run. */
  sampleDir: string;
}

/**
 * Where the app's own files are: electron-builder copies resources/fonts and
 * resources/sample next to app.asar (extraResources) in an installed app; in development
 * they are in the project folder's resources/.
 */
export function appResources(location: AppLocation): AppResources {
  const base = location.isPackaged ? location.resourcesPath : path.join(location.appRoot, 'resources');
  return { fontsDir: path.join(base, 'fonts'), sampleDir: path.join(base, 'sample') };
}
