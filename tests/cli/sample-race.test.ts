import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../core/fixtures';
import { root } from './run-cli';

afterAll(removeTempDirs);

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

function sample(dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(root, 'src', 'cli', 'main.ts'), 'sample', '--data-dir', dataDir], {
      cwd: root,
      env: { ...process.env, CEU_DATA_DIR: undefined, CEU_DEBUG: undefined },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function count(dataDir: string, table: string): number {
  const db = new Database(path.join(dataDir, 'portfolio.db'), { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

// Two writers on a new folder: both create the database, both migrate it, both try to load
// the sample. Exactly one may load it; the other must say so and change nothing.
describe('two `ceu sample` at once on a new folder', () => {
  it('always load the sample exactly once (8 rounds)', { timeout: 300_000 }, async () => {
    for (let round = 0; round < 8; round++) {
      const dataDir = path.join(tempDir('ceu-race-'), 'portfolio');
      const results = await Promise.all([sample(dataDir), sample(dataDir)]);
      const codes = results.map((r) => r.code).sort();
      expect(codes, JSON.stringify(results)).toEqual([0, 1]);
      const loser = results.find((r) => r.code === 1)!;
      expect(loser.stderr).toContain('ceu: Your portfolio already has 2 credentials and 21 activities');
      expect(count(dataDir, 'credentials')).toBe(2);
      expect(count(dataDir, 'activities')).toBe(21);
    }
  });
});
