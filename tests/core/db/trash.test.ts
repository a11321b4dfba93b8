import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/db/open-database';
import { migrations } from '../../../src/core/db/migrations';
import { UserError } from '../../../src/core/errors';
import { Portfolio } from '../../../src/core/portfolio';
import type { ActivityInput } from '../../../src/domain/portfolio';
import { pdfBytes, removeTempDirs, tempDir } from '../fixtures';

/**
 * The trash, against a real portfolio on disk: a delete hides an activity or a
 * credential from everything that counts, keeps all of it, and can be undone for 30 days.
 */
let dataDir: string;
let clock = new Date('2026-11-24T10:00:00.000Z');
let portfolio: Portfolio;

beforeEach(() => {
  dataDir = tempDir('ceu-trash-');
  clock = new Date('2026-11-24T10:00:00.000Z');
  portfolio = Portfolio.open({ dataDir, now: () => clock });
  portfolio.saveHolder({
    fullName: 'Jordan A. Rivera',
    email: '',
    phone: '',
    address: '',
    memberNumbers: [],
  });
});
afterEach(() => {
  portfolio.close();
  removeTempDirs();
});

const course = (credentialIds: number[], certificateHashes: string[] = []): ActivityInput => ({
  title: 'Medication safety',
  provider: 'AAMA e-Learning Center',
  kind: 'online_course',
  delivery: 'online',
  completedOn: '2025-05-01',
  credits: [{ amount: 3, unit: 'aama_ceu', category: 'clinical' }],
  credentialIds,
  certificateHashes,
});

const counted = (credentialId: number) =>
  portfolio.evaluate('2026-11-24').credentials.find((c) => c.credentialId === credentialId)?.counted;

describe('the trash', () => {
  it('hides a deleted activity from the lists and the evaluation, and restores it whole', async () => {
    const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
    const certificate = portfolio.certificates.add('safety.pdf', await pdfBytes('Medication safety'));
    const saved = portfolio.saveActivity(course([cma.id], [certificate.sha256]));
    expect(counted(cma.id)).toBe(3);

    portfolio.deleteActivity(saved.id);
    expect(portfolio.listActivities()).toEqual([]);
    expect(() => portfolio.getActivity(saved.id)).toThrow(UserError);
    expect(counted(cma.id)).toBe(0);
    expect(portfolio.listTrash().activities).toEqual([
      {
        id: saved.id,
        title: 'Medication safety',
        completedOn: '2025-05-01',
        certificateCount: 1,
        deletedAt: '2026-11-24T10:00:00.000Z',
        removedOn: '2026-12-24',
      },
    ]);
    // Its certificate stays: clean-up only removes files no activity, trashed or not, names.
    portfolio.certificates.cleanUp();
    expect(fs.existsSync(portfolio.certificates.pathOf(certificate.sha256))).toBe(true);

    portfolio.restoreFromTrash({ kind: 'activity', id: saved.id });
    expect(portfolio.getActivity(saved.id)).toEqual(saved);
    expect(counted(cma.id)).toBe(3);
    expect(portfolio.listTrash()).toEqual({ activities: [], credentials: [] });
  });

  it('keeps a deleted credential’s links, so restoring it brings its credit back, even after the activity was edited', () => {
    const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
    const rma = portfolio.saveCredential({ rulePackId: 'amt-rma', certifiedOn: '2025-01-10' });
    const saved = portfolio.saveActivity(course([cma.id, rma.id]));

    portfolio.deleteCredential(cma.id);
    expect(portfolio.listCredentials().map((c) => c.id)).toEqual([rma.id]);
    expect(portfolio.getActivity(saved.id).credentialIds).toEqual([rma.id]);
    expect(() => portfolio.saveActivity(course([cma.id]))).toThrow(/no longer exists/);
    // Editing the activity while the credential is in the trash does not lose the link.
    portfolio.saveActivity({ ...course([rma.id]), title: 'Medication safety, renamed' }, saved.id);

    portfolio.restoreFromTrash({ kind: 'credential', id: cma.id });
    expect(portfolio.getActivity(saved.id)).toMatchObject({
      title: 'Medication safety, renamed',
      credentialIds: [cma.id, rma.id],
    });
    expect(counted(cma.id)).toBe(3);
  });

  it('removes for good what has been there 30 days, and nothing sooner', () => {
    const first = portfolio.saveActivity(course([]));
    const second = portfolio.saveActivity(course([]));
    portfolio.deleteActivity(first.id);
    clock = new Date('2026-12-10T10:00:00.000Z');
    portfolio.deleteActivity(second.id);

    clock = new Date('2026-12-24T09:59:59.000Z');
    expect(portfolio.purgeExpiredTrash()).toEqual({ activities: 0, credentials: 0 });
    clock = new Date('2026-12-24T10:00:01.000Z');
    expect(portfolio.purgeExpiredTrash()).toEqual({ activities: 1, credentials: 0 });
    expect(portfolio.listTrash().activities.map((a) => a.id)).toEqual([second.id]);
    expect(() => portfolio.restoreFromTrash({ kind: 'activity', id: first.id })).toThrow(
      /no longer in the trash/,
    );
  });

  it('empties on request: rows, credits and links go; certificate files wait for clean-up', async () => {
    const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
    const certificate = portfolio.certificates.add('safety.pdf', await pdfBytes('Emptied'));
    const saved = portfolio.saveActivity(course([cma.id], [certificate.sha256]));
    portfolio.deleteActivity(saved.id);
    portfolio.deleteCredential(cma.id);
    expect(portfolio.emptyTrash()).toEqual({ activities: 1, credentials: 1 });
    expect(portfolio.listTrash()).toEqual({ activities: [], credentials: [] });
    const rows = (table: string) =>
      (portfolio.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect([rows('activities'), rows('credits'), rows('activity_credentials'), rows('credentials')]).toEqual([
      0, 0, 0, 0,
    ]);
    expect(fs.existsSync(portfolio.certificates.pathOf(certificate.sha256))).toBe(true);
  });

  it('says plainly when the item is not in the trash', () => {
    const saved = portfolio.saveActivity(course([]));
    expect(() => portfolio.restoreFromTrash({ kind: 'activity', id: saved.id })).toThrow(
      /no longer in the trash/,
    );
    expect(() => portfolio.deleteActivity(9999)).toThrow(/no longer exists/);
  });

  it('keeps every record of a portfolio saved before the trash existed', () => {
    portfolio.close();
    const dir = tempDir('ceu-old-');
    // A version-1 database, as the first release wrote it.
    const v1 = openDatabase(path.join(dir, 'portfolio.db'), { migrations: migrations.slice(0, 1) });
    v1.prepare(
      `INSERT INTO activities (title, provider, kind, delivery, completed_on, created_at, updated_at)
       VALUES ('Medication safety', 'AAMA', 'online_course', 'online', '2025-05-01', 'x', 'x')`,
    ).run();
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.close();

    portfolio = Portfolio.open({ dataDir: dir });
    expect(portfolio.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(2);
    expect(portfolio.listActivities().map((a) => a.title)).toEqual(['Medication safety']);
    expect(portfolio.listTrash()).toEqual({ activities: [], credentials: [] });
  });
});
