import fs from 'node:fs';
import path from 'node:path';
import { Portfolio } from '../../../src/core/portfolio';
import { expect } from 'vitest';
import { importPortfolio } from '../../../src/core/exchange';
import { UserError } from '../../../src/core/errors';
import { tempDir } from '../fixtures';

export const today = new Date('2026-11-24T12:00:00.000Z');

export function openPortfolio(dataDir = tempDir('ceu-data-')): Portfolio {
  return Portfolio.open({ dataDir, now: () => today });
}

/** Everything a person could see in a portfolio, for "nothing changed" checks. */
export function snapshot(portfolio: Portfolio) {
  return {
    holder: portfolio.getHolder(),
    rulePacks: portfolio.listRulePacks(),
    credentials: portfolio.listCredentials(),
    activities: portfolio.listActivities(),
    certificateRows: portfolio.db.prepare('SELECT * FROM certificates ORDER BY sha256').all(),
  };
}

export function writeJson(dir: string, data: unknown, name = 'portfolio.json'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data, null, 2));
  return file;
}

export async function rejectionOf(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    return error as UserError;
  }
  throw new Error('expected a refusal');
}

export function problemsOf(error: UserError): { path: string; message: string }[] {
  return (error.details as { problems: { path: string; message: string }[] }).problems;
}

/** One valid activity for an import file; tests change one thing at a time. */
export const activity = (overrides: Record<string, unknown> = {}) => ({
  title: 'Infection Control Basics',
  provider: 'Relias Academy',
  kind: 'online_course',
  delivery: 'online',
  completedOn: '2025-04-10',
  credits: [{ amount: 2, unit: 'contact_hour', category: 'clinical' }],
  credentials: ['cma'],
  ...overrides,
});

/** A small valid import file with one credential ("cma") and one activity. */
export const minimal = (extra: Record<string, unknown> = {}) => ({
  format: 'ceu-portfolio',
  version: 1,
  credentials: [{ ref: 'cma', rulePackId: 'aama-cma', certifiedOn: '2023-10-14' }],
  activities: [activity()],
  ...extra,
});

/** Imports `data` into a new portfolio, expects a refusal that changed nothing, returns its problems. */
export async function problemsFor(data: unknown, setUp?: (dir: string) => Promise<void> | void) {
  const portfolio = openPortfolio();
  try {
    const before = snapshot(portfolio);
    const dir = tempDir('ceu-import-');
    await setUp?.(dir);
    const error = await rejectionOf(importPortfolio(portfolio, writeJson(dir, data)));
    expect(error).toBeInstanceOf(UserError);
    expect(snapshot(portfolio)).toEqual(before);
    return { error, problems: problemsOf(error) };
  } finally {
    portfolio.close();
  }
}
