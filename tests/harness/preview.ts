import os from 'node:os';
import path from 'node:path';
import { resolveDataDir } from '../../src/core/data-dir';
import { startHarness } from './harness-server';
import { createPreviewDialogs } from './preview-dialogs';

/**
 * `npm run preview:web [-- --data-dir DIR] [-- --port N] [-- --lang es]`: the whole app in a browser,
 * without Electron. See tests/harness/README.md.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env, path.join(os.tmpdir(), 'ceu-portfolio-preview'));
  const portIndex = argv.indexOf('--port');
  const port = portIndex >= 0 ? Number(argv[portIndex + 1]) : 0;
  const langIndex = argv.indexOf('--lang');
  const lang = langIndex >= 0 ? argv[langIndex + 1] : undefined;
  const harness = await startHarness({
    dataDir,
    dialogs: createPreviewDialogs(dataDir),
    port,
    systemLanguages: lang ? [lang] : undefined,
  });
  console.log(`CEU Portfolio (browser preview) is running.`);
  console.log(`  Open:        ${harness.url}`);
  console.log(`  Data folder: ${dataDir}`);
  console.log(`  Saved files: ${path.join(dataDir, 'exports')}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => {
    void harness.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
