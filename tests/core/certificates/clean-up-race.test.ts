import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Portfolio } from '../../../src/core/portfolio';
import { removeTempDirs, tempDir } from '../fixtures';

const root = path.resolve(__dirname, '../../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

afterEach(() => removeTempDirs());

describe('certificate clean-up while another process saves', () => {
  it('never leaves a saved activity pointing at a missing file', async () => {
    const dataDir = tempDir();
    Portfolio.open({ dataDir }).close();

    const saver = spawn(tsx, [path.join(__dirname, 'race-saver.ts'), dataDir, '400'], { cwd: root });
    let output = '';
    saver.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => saver.on('exit', resolve));
    let running = true;
    void exited.then(() => (running = false));

    const cleaner = Portfolio.open({ dataDir });
    let rounds = 0;
    while (running && rounds < 1_000_000) {
      try {
        cleaner.certificates.cleanUp();
      } catch {
        // The saver holds the write lock for a moment; the next round tries again.
      }
      rounds += 1;
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await exited).toBe(0);
    expect(JSON.parse(output)).toHaveProperty('failed');

    const activities = cleaner.listActivities();
    const missing = activities
      .flatMap((a) => a.certificates)
      .filter((c) => !fs.existsSync(cleaner.certificates.pathOf(c.sha256)));
    cleaner.close();
    expect(activities.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  }, 120_000);
});
