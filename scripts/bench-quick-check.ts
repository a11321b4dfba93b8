/**
 * How long opening costs for PRAGMA quick_check (run on every open) and what a full
 * verify takes, on a portfolio of 5,000 activities. Prints figures; asserts nothing.
 * Usage: npx tsx scripts/bench-quick-check.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Portfolio } from '../src/core/portfolio';
import { verifyPortfolio } from '../src/core/verify/verify-portfolio';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-bench-'));
const portfolio = Portfolio.open({ dataDir });
portfolio.db.transaction(() => {
  for (let i = 0; i < 5000; i++) {
    portfolio.saveActivity({
      title: `Course ${i}`,
      provider: 'American Association of Medical Assistants',
      kind: 'online_course',
      delivery: 'online',
      completedOn: '2026-03-02',
      description: 'ICD-10-CM changes for the new fiscal year, with a case-based quiz. '.repeat(3),
      credits: [{ amount: 1, unit: 'aama_ceu', category: 'general' }],
    });
  }
})();
portfolio.close();
const size = fs.statSync(portfolio.paths.databasePath).size;

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = (f: () => void) => {
  const runs: number[] = [];
  for (let i = 0; i < 9; i++) {
    const start = process.hrtime.bigint();
    f();
    runs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(runs).toFixed(1);
};
const db = new Database(portfolio.paths.databasePath, { readonly: true });
console.log(`database: ${(size / 1024 / 1024).toFixed(1)} MB, 5,000 activities`);
console.log(`PRAGMA quick_check:     ${time(() => db.pragma('quick_check'))} ms (median of 9)`);
console.log(`PRAGMA integrity_check: ${time(() => db.pragma('integrity_check'))} ms`);
db.close();
console.log(`Portfolio.open + close: ${time(() => Portfolio.open({ dataDir }).close())} ms`);
const opened = Portfolio.open({ dataDir });
console.log(`verifyPortfolio:        ${time(() => verifyPortfolio(opened))} ms (no certificate files)`);
opened.close();
fs.rmSync(dataDir, { recursive: true, force: true });
