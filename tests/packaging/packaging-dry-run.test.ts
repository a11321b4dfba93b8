import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/fixtures';

/**
 * SLOW (about 10–20 s, up to a minute on a busy machine): the packaging dry run. Real
 * electron-builder packs the built app for Linux x64 into an unpacked folder (`--dir`),
 * with a placeholder executable standing in for Electron (electronDist: nothing is
 * downloaded) and without rebuilding native modules (npmRebuild false, for this run
 * only). The test then opens the app.asar it produced and checks what an install holds.
 */
/**
 * The unpacked folder without Electron's binary. Reading certificates on the computer
 * (pdf.js's Node build, tesseract's LSTM engine and English data, a canvas to draw scanned
 * pages) added about 74 MB to it; the installers' own budget (150 MB compressed) is
 * checked on the hosted runner by scripts/installer-sizes.mjs.
 */
const budgetBytes = 175 * 1024 * 1024;
let appDir = '';
let inArchive: string[] = [];

beforeAll(() => {
  if (!fs.existsSync('out/main/index.js') || !fs.existsSync('out/renderer/index.html')) {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
      stdio: 'pipe',
    });
  }
  const work = tempDir('ceu-pack-');
  const standIn = path.join(work, 'electron-dist');
  fs.mkdirSync(standIn);
  // electron-builder copies this folder and renames `electron` to the app's executable.
  fs.writeFileSync(path.join(standIn, 'electron'), '#!/bin/sh\necho "stand-in for Electron"\n', {
    mode: 0o755,
  });
  const electronVersion = JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8'))
    .version as string;
  execFileSync(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${standIn}`,
      `-c.electronVersion=${electronVersion}`,
      '-c.npmRebuild=false',
      `-c.directories.output=${path.join(work, 'dist')}`,
    ],
    { stdio: 'pipe', env: { ...process.env, CEU_STAND_IN_ELECTRON: '1' } },
  );
  appDir = path.join(work, 'dist', 'linux-unpacked');
  inArchive = asar
    .listPackage(path.join(appDir, 'resources', 'app.asar'), { isPack: false })
    .map((entry) => entry.split(path.sep).join('/'));
}, 180_000);
afterAll(removeTempDirs);

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : fs.lstatSync(full).size;
  }
  return total;
}

describe('the packaged app (dry run, stand-in Electron)', () => {
  it('holds the built main, worker, preload and window in app.asar', () => {
    for (const file of [
      '/out/main/index.js',
      '/out/main/job-worker.js',
      '/out/preload/index.js',
      '/out/renderer/index.html',
    ]) {
      expect(inArchive).toContain(file);
    }
    expect(inArchive.some((file) => /^\/out\/renderer\/assets\/index-.*\.js$/.test(file))).toBe(true);
  });

  it('keeps the fonts and the sample next to the archive', () => {
    expect(fs.existsSync(path.join(appDir, 'resources', 'fonts', 'NotoSans-Regular.ttf'))).toBe(true);
    expect(fs.existsSync(path.join(appDir, 'resources', 'sample', 'portfolio.json'))).toBe(true);
  });

  it('unpacks the native modules', () => {
    const unpacked = path.join(appDir, 'resources', 'app.asar.unpacked', 'node_modules');
    expect(
      fs.existsSync(path.join(unpacked, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')),
    ).toBe(true);
    expect(fs.existsSync(path.join(unpacked, 'sharp', 'package.json'))).toBe(true);
    expect(fs.existsSync(path.join(unpacked, '@img'))).toBe(true);
    // The planner's solver reads its WebAssembly by file path on the job worker.
    expect(fs.existsSync(path.join(unpacked, 'highs', 'build', 'highs.wasm'))).toBe(true);
  });

  it('ships no tests, sources, source maps or development dependencies', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const modules = new Set(
      inArchive
        .filter((file) => file.startsWith('/node_modules/'))
        .map((file) =>
          file
            .split('/')
            .slice(2, file.split('/')[2]!.startsWith('@') ? 4 : 3)
            .join('/'),
        ),
    );
    // A development tool may share its name with something a runtime dependency needs
    // (electron-updater uses js-yaml): only a module no runtime dependency needs is wrong.
    const runtime = new Set(
      // npm ls exits non-zero for problems it only warns about; its list is what counts.
      spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { encoding: 'utf8' })
        .stdout.split('\n')
        .filter((line) => line.includes(`${path.sep}node_modules${path.sep}`))
        .map((line) => {
          const parts = line.split(`${path.sep}node_modules${path.sep}`).pop()!.split(path.sep);
          return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
        }),
    );
    for (const dev of Object.keys(pkg.devDependencies))
      if (!runtime.has(dev)) expect(modules.has(dev), dev).toBe(false);
    expect(inArchive.filter((file) => /^\/(tests|src|electron|scripts|docs)\//.test(file))).toEqual([]);
    expect(inArchive.filter((file) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(file))).toEqual([]);
    expect(inArchive.filter((file) => file.startsWith('/out/') && file.endsWith('.map'))).toEqual([]);
  });

  it('stays within the size budget', () => {
    const bytes = folderBytes(appDir);
    console.log(
      `Packaged app (Linux x64, without the Electron binary): ${(bytes / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(bytes).toBeLessThan(budgetBytes);
  });
});
