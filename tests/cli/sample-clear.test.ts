import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs } from '../core/fixtures';
import { ceu, sampleDataDir } from './run-cli';

afterAll(removeTempDirs);

describe('ceu sample --clear', () => {
  it('removes the sample in one step, and refuses a portfolio of the person’s own', () => {
    const dataDir = sampleDataDir();
    const cleared = ceu(['sample', '--clear', '--data-dir', dataDir]);
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toMatch(
      /^Cleared the sample \(2 credentials, 21 activities, \d+ certificate files\)/,
    );
    expect(JSON.parse(ceu(['status', '--json', '--data-dir', dataDir]).stdout).credentials).toEqual([]);
    const again = ceu(['sample', '--clear', '--data-dir', dataDir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /^ceu: This portfolio is your own, not the sample, so nothing was removed\./,
    );
  });
});
