import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { electronSqliteBinding } from '../../electron/main/native-binding';
import { appResources } from '../../electron/main/resource-paths';
import { removeTempDirs, tempDir } from '../core/fixtures';

afterAll(removeTempDirs);

describe('where the app finds its own files', () => {
  it('uses the project folder in development and the resources folder when installed', () => {
    const dev = { isPackaged: false, appRoot: '/src/ceu', resourcesPath: '/opt/electron/resources' };
    expect(appResources(dev)).toEqual({
      fontsDir: path.join('/src/ceu', 'resources', 'fonts'),
      sampleDir: path.join('/src/ceu', 'resources', 'sample'),
    });
    const installed = {
      isPackaged: true,
      appRoot: '/opt/CEU/resources/app.asar',
      resourcesPath: '/opt/CEU/resources',
    };
    expect(appResources(installed)).toEqual({
      fontsDir: path.join('/opt/CEU/resources', 'fonts'),
      sampleDir: path.join('/opt/CEU/resources', 'sample'),
    });
  });

  it('finds the real development fonts and sample', () => {
    const { fontsDir, sampleDir } = appResources({
      isPackaged: false,
      appRoot: process.cwd(),
      resourcesPath: '',
    });
    expect(fs.existsSync(path.join(fontsDir, 'NotoSans-Regular.ttf'))).toBe(true);
    expect(fs.existsSync(sampleDir)).toBe(true);
  });

  it('loads better-sqlite3 from .electron-native in development and app.asar.unpacked when installed', () => {
    const release = ['better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];
    const appRoot = tempDir('ceu-dev-');
    const resourcesPath = tempDir('ceu-installed-');
    expect(electronSqliteBinding({ isPackaged: false, appRoot, resourcesPath })).toBeNull();
    expect(electronSqliteBinding({ isPackaged: true, appRoot, resourcesPath })).toBeNull();

    const unpacked = path.join(resourcesPath, 'app.asar.unpacked', 'node_modules', ...release);
    fs.mkdirSync(path.dirname(unpacked), { recursive: true });
    fs.writeFileSync(unpacked, '');
    // An installed app has no .electron-native folder and must still start.
    expect(
      electronSqliteBinding({
        isPackaged: true,
        appRoot: path.join(resourcesPath, 'app.asar'),
        resourcesPath,
      }),
    ).toBe(unpacked);
    expect(electronSqliteBinding({ isPackaged: false, appRoot, resourcesPath })).toBeNull();

    const devBuild = path.join(appRoot, '.electron-native', ...release);
    fs.mkdirSync(path.dirname(devBuild), { recursive: true });
    fs.writeFileSync(devBuild, '');
    expect(electronSqliteBinding({ isPackaged: false, appRoot, resourcesPath })).toBe(devBuild);
  });
});
