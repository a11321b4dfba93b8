import { resolveDataDir } from '../../src/core/data-dir';
import { startHarness } from './harness-server';

/**
 * The harness as its own process, for tests that drive it from elsewhere (Playwright):
 * `tsx tests/harness/serve.ts --data-dir DIR [--lang es]` with HARNESS_TOKEN in the environment.
 * Prints one line `{"ready": "<url>"}` when it is listening; stops on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const dataDir = resolveDataDir(process.argv.slice(2), {}, '');
  if (!dataDir) throw new Error('serve.ts needs --data-dir DIR');
  const argv = process.argv.slice(2);
  const lang = argv.indexOf('--lang');
  const harness = await startHarness({
    dataDir,
    controlToken: process.env.HARNESS_TOKEN || undefined,
    systemLanguages: lang >= 0 && argv[lang + 1] ? [argv[lang + 1]!] : undefined,
  });
  const stop = () => {
    void harness.close().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdout.write(`${JSON.stringify({ ready: harness.url })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
