import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appDataDir, chooseDataDir } from '../../src/cli/default-data-dir';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { ceu, hasStackTrace } from './run-cli';

afterAll(removeTempDirs);

describe('ceu: arguments', () => {
  it('prints the usage and exits 2 without a command', () => {
    const { code, stdout } = ceu([]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/^ceu: your continuing-education portfolio/);
    expect(stdout).toMatch(/packet +write the recertification packet PDF/);
  });

  it('prints help for a command and exits 0', () => {
    const { code, stdout } = ceu(['help', 'packet']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ceu packet --credential ID --out FILE/);
    expect(ceu(['status', '--help']).stdout).toMatch(/^ceu status \[--data-dir DIR\]/);
  });

  it.each([
    [['frobnicate'], /^ceu: Unknown command "frobnicate"\.\n\nceu: your continuing/],
    [['status', '--bogus'], /^ceu: Unknown option --bogus\.\n\nUsage: ceu status/],
    [
      ['status', '--as-of', '2026-02-30'],
      /^ceu: --as-of "2026-02-30": That date does not exist on the calendar\.\n/,
    ],
    [['status', '--as-of', 'yesterday'], /^ceu: --as-of "yesterday": Use a date in the form YYYY-MM-DD\.\n/],
    [['status', 'extra'], /^ceu: Unexpected argument/],
    [
      ['packet', '--out', 'x.pdf'],
      /^ceu: --credential ID is required\. Run "ceu credentials" to see the ids\.\n\nUsage: ceu packet/,
    ],
    [['packet', '--credential', 'cma', '--out', 'x.pdf'], /^ceu: --credential "cma" is not a credential id/],
    [['packet', '--credential', '1'], /^ceu: --out FILE is required/],
    [
      ['packet', '--credential', '1', '--out', 'x.pdf', '--password', 'abc'],
      /^ceu: --password "abc" must look like SHA=PASSWORD\./,
    ],
    [
      ['packet', '--credential', '1', '--out', 'x.pdf', '--include-not-counted', '--no-include-not-counted'],
      /not both/,
    ],
    [['import'], /^ceu: Give the portfolio file to import\./],
    [['export'], /^ceu: Give the folder to export to, or --csv FILE for the activity log\./],
    [['status', '--data-dir'], /^ceu: --data-dir needs a value\./],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const { code, stderr, stdout } = ceu(args);
    expect(stderr).toMatch(message);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(hasStackTrace(stderr)).toBe(false);
  });
});

describe('ceu: failures', () => {
  it('says there is no portfolio in one line and exits 1', () => {
    const missing = path.join(tempDir(), 'typo');
    const { code, stderr } = ceu(['status', '--data-dir', missing]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `ceu: There is no portfolio in ${missing}. Check --data-dir (or CEU_DATA_DIR), open the app once, or start one with "ceu import FILE" or "ceu sample".\n`,
    );
  });

  it('uses CEU_DATA_DIR when there is no --data-dir', () => {
    const dir = path.join(tempDir(), 'from-env');
    expect(ceu(['credentials'], { CEU_DATA_DIR: dir }).stderr).toContain(`There is no portfolio in ${dir}.`);
  });

  it('shows no stack trace for an unexpected error, unless CEU_DEBUG=1', () => {
    // A data folder that is really a file: the operating system refuses, not our checks.
    const file = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const plain = ceu(['import', 'anything.json', '--data-dir', file]);
    expect(plain.code).toBe(1);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    expect(plain.stderr).toMatch(
      /^ceu: Something went wrong: .*Run it again with CEU_DEBUG=1 to see the details/,
    );
    expect(hasStackTrace(plain.stderr)).toBe(false);

    const debug = ceu(['import', 'anything.json', '--data-dir', file], { CEU_DEBUG: '1' });
    expect(debug.code).toBe(1);
    expect(hasStackTrace(debug.stderr)).toBe(true);
  });
});

describe('the default data folder', () => {
  it("is Electron's userData for the product name on each platform", () => {
    expect(appDataDir('linux', {}, '/home/maria')).toBe('/home/maria/.config/CEU Portfolio');
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '/data/config' }, '/home/maria')).toBe(
      '/data/config/CEU Portfolio',
    );
    expect(appDataDir('darwin', {}, '/Users/maria')).toBe(
      '/Users/maria/Library/Application Support/CEU Portfolio',
    );
    expect(appDataDir('win32', { APPDATA: 'C:\\Users\\maria\\AppData\\Roaming' }, 'C:\\Users\\maria')).toBe(
      'C:\\Users\\maria\\AppData\\Roaming\\CEU Portfolio',
    );
  });

  it('gives --data-dir first, then CEU_DATA_DIR', () => {
    expect(chooseDataDir('some/where', { CEU_DATA_DIR: '/env' })).toBe(path.resolve('some/where'));
    expect(chooseDataDir(undefined, { CEU_DATA_DIR: '/env' })).toBe('/env');
  });
});
