#!/usr/bin/env node
// `npm start`: build and launch the desktop app.
//
// 1. Electron's binary must be installed (node_modules/electron/path.txt and dist/). We
//    check for the files instead of require('electron'), which would try to download it.
// 2. better-sqlite3 must exist built for Electron's ABI in .electron-native/ (built here
//    when missing, from a copy of node_modules/better-sqlite3). node_modules keeps its
//    Node build for tests and the CLI: rebuilding it in place would break them.
// 3. electron-vite build, then Electron on the project folder (extra arguments such as
//    --data-dir DIR are passed on to the app). `--build-native-only` stops after step 2.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const nativeDir = path.join(root, '.electron-native', 'better-sqlite3');
const nativeBinding = path.join(nativeDir, 'build', 'Release', 'better_sqlite3.node');
const stampFile = path.join(nativeDir, '.built-for-electron');

function stop(message) {
  console.error(message);
  process.exit(1);
}

function electronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return fs.existsSync(candidate) ? candidate : null;
  }
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(binary) ? binary : null;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) stop(`Could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

/** npm's own node-gyp (it ships with every npm), or the registry's through npx. */
function nodeGyp() {
  const prefix = path.dirname(path.dirname(process.execPath));
  for (const candidate of [
    path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    path.join(
      path.dirname(process.execPath),
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    ),
    path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  stop('node-gyp was not found (it ships with npm). Reinstall Node.js with npm, then run `npm start` again.');
}

function ensureElectronSqlite(electronVersion) {
  if (
    fs.existsSync(nativeBinding) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, 'utf8').trim() === electronVersion
  ) {
    return;
  }
  console.log(
    `Building the database component (better-sqlite3) for Electron ${electronVersion}; this happens once…`,
  );
  fs.rmSync(nativeDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(nativeDir), { recursive: true });
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  fs.cpSync(source, nativeDir, {
    recursive: true,
    // Its own build output is the Node build: start clean.
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });
  // node-gyp runs directly, with a clean environment: an npm setting such as nodedir=/usr
  // would make it compile against Node's headers and still report success.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
  const status = run(
    process.execPath,
    [
      nodeGyp(),
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: nativeDir, env },
  );
  if (status !== 0 || !fs.existsSync(nativeBinding)) {
    stop(
      "The database component could not be built for Electron. It needs a C++ compiler (build-essential, python3) and a connection to download Electron's headers once; install those and run `npm start` again.",
    );
  }
  const abi = fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();
  if (!fs.readFileSync(nativeBinding).includes(`node_register_module_v${abi}`)) {
    fs.rmSync(nativeDir, { recursive: true, force: true });
    stop(
      `The database component was built for the wrong runtime (not Electron's ABI ${abi}). Check that no "nodedir" is set in your npm configuration, then run \`npm start\` again.`,
    );
  }
  fs.writeFileSync(stampFile, `${electronVersion}\n`);
}

const binary = electronBinary();
if (!binary) {
  stop(
    "CEU Portfolio needs Electron's binary, which is not installed: run `npm install` while online (or `node node_modules/electron/install.js`), then `npm start` again. To use the app without Electron: npm run preview:web",
  );
}

const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
ensureElectronSqlite(electronVersion);
// CI builds the component before the real-Electron smoke test, without launching the app.
if (process.argv.includes('--build-native-only')) process.exit(0);

if (
  run(process.execPath, [
    path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    'build',
  ]) !== 0
) {
  stop('Building the app failed (see the messages above).');
}

const launched = spawnSync(binary, [root, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(launched.status ?? (launched.signal ? 1 : 0));
