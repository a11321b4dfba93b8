/**
 * Runs one restore and kills its own process (SIGKILL: no clean-up runs) just before
 * the step named on the command line, so a test can look at what a crash there leaves.
 *   tsx restore-child.ts DATA_DIR SOURCE STEP
 * STEP is a step of restorePortfolio (see SwapStep) or "unpacking" (half-way through
 * unpacking the archive).
 */
import { restorePortfolio } from '../../../src/core/backup';

const [dataDir, source, killAt] = process.argv.slice(2) as [string, string, string];
const kill = () => process.kill(process.pid, 'SIGKILL');

restorePortfolio(dataDir, source, {
  now: new Date('2026-12-04T10:00:00Z'),
  onStep: (step) => step === killAt && kill(),
  onProgress: (s) => killAt === 'unpacking' && s.done === 2 && kill(),
}).then(
  () => process.stdout.write('finished\n'),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
