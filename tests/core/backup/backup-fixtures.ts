import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Portfolio } from '../../../src/core/portfolio';

/**
 * Portfolios with real certificate files for the backup tests: each activity has its
 * own certificate, a minimal PDF around seeded random bytes (so every run is the same).
 */
export function certificateBytes(seed: number, size = 2000): Buffer {
  const body = Buffer.alloc(size);
  let x = seed * 2654435761 + 1;
  for (let i = 0; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    body[i] = x >>> 24;
  }
  return Buffer.concat([Buffer.from('%PDF-1.4\n%'), body, Buffer.from('\n%%EOF\n')]);
}

export const fixedNow = new Date('2026-12-04T10:00:00Z');

export function openAt(dataDir: string, now = fixedNow): Portfolio {
  return Portfolio.open({ dataDir, now: () => now });
}

/** Adds `count` activities (numbered from `first`), each with its own certificate. */
export function addActivities(portfolio: Portfolio, first: number, count: number): void {
  for (let i = first; i < first + count; i++) addCourse(portfolio, i, certificateBytes(i));
}

/** Adds "Course i" for the portfolio's first credential (made if there is none), with `bytes` as its certificate. */
export function addCourse(portfolio: Portfolio, i: number, bytes: Uint8Array): void {
  const credential =
    portfolio.listCredentials()[0] ??
    portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-01-15' });
  const certificate = portfolio.certificates.add(`certificate-${i}.pdf`, bytes);
  portfolio.saveActivity({
    title: `Course ${i}`,
    provider: 'AAMA e-Learning Center',
    approvingBody: 'AAMA',
    kind: 'online_course',
    delivery: 'online',
    completedOn: '2025-03-01',
    durationMinutes: 60,
    credits: [{ amount: 1, unit: 'aama_ceu', category: 'clinical' }],
    credentialIds: [credential.id],
    certificateHashes: [certificate.sha256],
  });
}

export function makePortfolio(dataDir: string, activities = 5): void {
  const portfolio = openAt(dataDir);
  try {
    addActivities(portfolio, 1, activities);
  } finally {
    portfolio.close();
  }
}

/** Every row of every table, by table: "equal records" means these are equal. */
export function allRows(dataDir: string): Record<string, unknown[]> {
  const db = new Database(path.join(dataDir, 'portfolio.db'), { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    const rows: Record<string, unknown[]> = { user_version: [db.pragma('user_version', { simple: true })] };
    for (const { name } of tables) rows[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
    return rows;
  } finally {
    db.close();
  }
}

/** Each certificate file's hash, by name. */
export function certificateFiles(dataDir: string): Record<string, string> {
  const dir = path.join(dataDir, 'certificates');
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort())
    out[name] = crypto
      .createHash('sha256')
      .update(fs.readFileSync(path.join(dir, name)))
      .digest('hex');
  return out;
}

/** Everything in a folder (names, sizes and hashes), to show that nothing changed. */
export function folderState(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      const stat = fs.lstatSync(full);
      if (stat.isDirectory()) walk(full);
      else
        out.push(
          `${path.relative(dir, full)} ${stat.size} ${crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex')}`,
        );
    }
  };
  walk(dir);
  return out;
}
