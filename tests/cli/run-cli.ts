import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { tempDir } from '../core/fixtures';
import path from 'node:path';

export const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ceu` as a person would, in its own process: `tsx src/cli/main.ts ARGS`. */
export function ceu(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const result = spawnSync(tsx, [path.join(root, 'src', 'cli', 'main.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // English unless a test asks otherwise, whatever the machine's own locale.
    env: {
      ...process.env,
      CEU_DATA_DIR: undefined,
      CEU_DEBUG: undefined,
      CEU_LANG: undefined,
      LC_ALL: undefined,
      LC_MESSAGES: undefined,
      LANG: 'C.UTF-8',
      ...env,
    },
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** No stack trace leaked to the person using the command. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.+:\d+:\d+\)$/m.test(text) || /^\s+at .+:\d+:\d+$/m.test(text);
}

/** A data folder with the sample loaded through the CLI itself. */
export function sampleDataDir(): string {
  const dir = path.join(tempDir('ceu-cli-'), 'portfolio');
  const { code, stdout, stderr } = ceu(['sample', '--data-dir', dir]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toContain(
    `Loaded the sample portfolio (2 credentials, 21 activities and 22 certificates) into ${dir}.`,
  );
  return dir;
}

export function qpdfCheck(file: string): { code: number; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { code: result.status ?? -1, output: result.stdout + result.stderr };
}
