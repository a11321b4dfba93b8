import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { hasStackTrace, root, sampleDataDir } from './run-cli';

afterAll(removeTempDirs);

function run(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CEU_DATA_DIR: undefined, CEU_DEBUG: undefined, ...env },
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

// bin/ceu.mjs is what `npx ceu` and `npm link` run: it must load every command, from any folder.
describe('bin/ceu.mjs', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = sampleDataDir();
  });

  it('node bin/ceu.mjs status --data-dir D works from another folder', () => {
    const elsewhere = tempDir('ceu-cwd-');
    const { code, stdout, stderr } = run(
      process.execPath,
      [path.join(root, 'bin', 'ceu.mjs'), 'status', '--as-of', '2026-11-24', '--data-dir', dataDir],
      elsewhere,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('CMA');
    expect(stdout).toContain('CCMA');
  });

  it('npx ceu status works in the checkout', () => {
    const { code, stdout, stderr } = run(
      'npx',
      ['--no-install', 'ceu', 'status', '--as-of', '2026-11-24'],
      root,
      {
        CEU_DATA_DIR: dataDir,
      },
    );
    expect(hasStackTrace(stderr)).toBe(false);
    expect(stderr).not.toContain('Cannot find module');
    expect(code).toBe(0);
    expect(stdout).toContain('CMA');
  });

  it('a command that fails still answers in one plain line', () => {
    const empty = path.join(tempDir('ceu-cwd-'), 'none');
    const { code, stderr } = run(
      process.execPath,
      [path.join(root, 'bin', 'ceu.mjs'), 'status', '--data-dir', empty],
      root,
    );
    expect(code).toBe(1);
    expect(stderr).toContain(`There is no portfolio in ${empty}`);
  });
});
