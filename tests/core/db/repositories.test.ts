import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CertificateStore } from '../../../src/core/certificates/certificate-store';
import * as activities from '../../../src/core/db/activity-repository';
import * as credentials from '../../../src/core/db/credential-repository';
import * as holders from '../../../src/core/db/holder-repository';
import * as trash from '../../../src/core/db/trash-repository';
import { openDatabase } from '../../../src/core/db/open-database';
import { UserError } from '../../../src/core/errors';
import type { ActivityInput, CredentialInput, Holder } from '../../../src/domain/portfolio';
import { jpegBytes, pdfBytes, removeTempDirs, tempDir } from '../fixtures';

let dir: string;
let db: Database.Database;
let store: CertificateStore;
const clock = (iso: string) => () => new Date(iso);

beforeEach(() => {
  dir = tempDir();
  db = openDatabase(path.join(dir, 'portfolio.db'));
  store = new CertificateStore(db, path.join(dir, 'certificates'), clock('2026-11-24T10:00:00.000Z'));
});
afterEach(() => {
  db.close();
  removeTempDirs();
});

const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const allCounts = () =>
  Object.fromEntries(
    [
      'activities',
      'credits',
      'activity_certificates',
      'activity_credentials',
      'certificates',
      'credentials',
    ].map((t) => [t, count(t)]),
  );

const holder: Holder = {
  fullName: 'Maria Nguyễn',
  email: 'maria@example.org',
  phone: '+1 555 0100',
  address: '12 Elm Street\nSpringfield, IL 62701',
  memberNumbers: [
    { body: 'AAMA', number: 'M-123456' },
    { body: 'AMT', number: '998877' },
  ],
};

const cma: CredentialInput = {
  rulePackId: 'aama-cma',
  credentialNumber: 'CMA-0042',
  nameOnRecord: 'Jordan A. Martínez',
  certifiedOn: '2023-10-14',
  expiresOn: '2028-10-31',
  overrides: { fees: [{ label: 'Recertification fee', amount: 130, every: 'renewal' }], note: 'member' },
  notes: 'Recertified after the exam.',
};

function fullActivity(credentialIds: number[], certificateHashes: string[]): ActivityInput {
  return {
    title: 'Coding Updates for the Ambulatory Practice',
    provider: 'American Association of Medical Assistants',
    providerAddress: '20 N. Wacker Drive, Suite 1575, Chicago, IL 60606',
    approvingBody: 'AAMA',
    approvalNumber: 'AAMA-2026-0917',
    certificateNumber: 'C-88123',
    kind: 'online_course',
    delivery: 'online',
    completedOn: '2026-03-02',
    durationMinutes: 150,
    validMonths: 24,
    description: 'ICD-10-CM changes for the new fiscal year, with a case-based quiz.',
    cost: 24.5,
    notes: 'Transcript updated automatically.',
    credits: [
      { amount: 2, unit: 'aama_ceu', category: 'administrative' },
      { amount: 0.5, unit: 'aama_ceu', category: 'general' },
    ],
    credentialIds,
    certificateHashes,
  };
}

describe('holder', () => {
  it('is absent in a new portfolio, then round-trips every field', () => {
    expect(holders.getHolder(db)).toBeNull();
    expect(holders.saveHolder(db, holder)).toEqual(holder);
    expect(holders.getHolder(db)).toEqual(holder);
  });

  it('is replaced, not duplicated, when saved again', () => {
    holders.saveHolder(db, holder);
    const changed: Holder = { ...holder, fullName: 'Maria Nguyễn-Tran', memberNumbers: [] };
    holders.saveHolder(db, changed);
    expect(holders.getHolder(db)).toEqual(changed);
    expect(count('holder')).toBe(1);
  });
});

describe('credentials', () => {
  it('round-trips every field, updates in place and deletes', () => {
    const saved = credentials.saveCredential(db, cma, undefined, clock('2026-11-01T08:00:00.000Z'));
    expect(saved).toEqual({ ...cma, id: saved.id, createdAt: '2026-11-01T08:00:00.000Z' });
    expect(credentials.getCredential(db, saved.id)).toEqual(saved);

    const updated = credentials.saveCredential(
      db,
      { ...cma, expiresOn: null, overrides: {}, notes: '' },
      saved.id,
    );
    expect(updated).toEqual({ ...saved, expiresOn: null, overrides: {}, notes: '' });
    expect(credentials.listCredentials(db)).toEqual([updated]);

    credentials.deleteCredential(db, saved.id);
    expect(credentials.listCredentials(db)).toEqual([]);
    expect(() => credentials.getCredential(db, saved.id)).toThrow(UserError);
  });

  it('fills defaults for optional fields', () => {
    const saved = credentials.saveCredential(db, { rulePackId: 'nha-ccma', certifiedOn: '2025-06-30' });
    expect(saved).toMatchObject({
      credentialNumber: '',
      nameOnRecord: '',
      expiresOn: null,
      overrides: {},
      notes: '',
    });
  });

  it('says a missing credential no longer exists', () => {
    expect(() => credentials.saveCredential(db, cma, 999)).toThrow(/no longer exists/);
    expect(count('credentials')).toBe(0);
  });
});

describe('activities', () => {
  it('round-trips every field, credits in order, credential links and certificates', async () => {
    const c1 = credentials.saveCredential(db, cma).id;
    const c2 = credentials.saveCredential(db, { rulePackId: 'amt-rma', certifiedOn: '2024-01-10' }).id;
    const pdf = store.add('coding.pdf', await pdfBytes('coding'));
    const photo = store.add('IMG_0001.JPG', await jpegBytes());
    const input = fullActivity([c2, c1], [pdf.sha256, photo.sha256]);

    const saved = activities.saveActivity(db, input, undefined, clock('2026-11-02T09:00:00.000Z'));
    const { certificateHashes: _hashes, ...fields } = input;
    expect(saved).toEqual({
      ...fields,
      id: saved.id,
      credentialIds: [c1, c2].sort((a, b) => a - b),
      certificates: [pdf, photo],
      createdAt: '2026-11-02T09:00:00.000Z',
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
    expect(activities.getActivity(db, saved.id)).toEqual(saved);
    expect(activities.listActivities(db)).toEqual([saved]);
  });

  it('keeps a credit without a category (a credential whose rules have none) as no category', () => {
    const c = credentials.saveCredential(db, { rulePackId: 'nha-ccma', certifiedOn: '2024-01-10' }).id;
    const saved = activities.saveActivity(db, {
      title: 'Phlebotomy refresher',
      provider: 'Hospital',
      kind: 'online_course',
      delivery: 'online',
      completedOn: '2025-02-01',
      credits: [
        { amount: 2, unit: 'nha_ce_credit' },
        { amount: 1, unit: 'clock_hour', category: null },
        { amount: 1, unit: 'clock_hour', category: '' },
      ],
      credentialIds: [c],
    });
    expect(saved.credits.map((credit) => credit.category)).toEqual(['', '', '']);
    expect(activities.getActivity(db, saved.id).credits).toEqual(saved.credits);
  });

  it('replaces credits, links and certificates on update and keeps createdAt', async () => {
    const c1 = credentials.saveCredential(db, cma).id;
    const pdf = store.add('a.pdf', await pdfBytes('a'));
    const first = activities.saveActivity(
      db,
      fullActivity([c1], [pdf.sha256]),
      undefined,
      clock('2026-01-01T00:00:00.000Z'),
    );

    const second = activities.saveActivity(
      db,
      {
        ...fullActivity([], []),
        title: 'Renamed',
        credits: [{ amount: 1, unit: 'contact_hour', category: 'clinical' }],
        durationMinutes: null,
        cost: null,
      },
      first.id,
      clock('2026-02-01T00:00:00.000Z'),
    );
    expect(second).toMatchObject({
      id: first.id,
      title: 'Renamed',
      credits: [{ amount: 1, unit: 'contact_hour', category: 'clinical' }],
      credentialIds: [],
      certificates: [],
      durationMinutes: null,
      cost: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-02-01T00:00:00.000Z',
    });
    expect(count('credits')).toBe(1);
  });

  it('lists newest first and loads each activity with only its own credits', () => {
    const older = activities.saveActivity(db, {
      ...fullActivity([], []),
      title: 'Older',
      completedOn: '2025-01-01',
    });
    const newer = activities.saveActivity(db, {
      ...fullActivity([], []),
      title: 'Newer',
      completedOn: '2026-05-01',
      credits: [{ amount: 4, unit: 'aama_ceu', category: 'clinical' }],
    });
    expect(activities.listActivities(db).map((a) => a.title)).toEqual(['Newer', 'Older']);
    expect(activities.getActivity(db, older.id).credits).toHaveLength(2);
    expect(activities.getActivity(db, newer.id).credits).toEqual([
      { amount: 4, unit: 'aama_ceu', category: 'clinical' },
    ]);
  });

  it('saves nothing when a certificate is not in the store (new activity)', () => {
    const c1 = credentials.saveCredential(db, cma).id;
    const before = allCounts();
    let error: unknown;
    try {
      activities.saveActivity(db, fullActivity([c1], ['0'.repeat(64)]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/Attach the file again/);
    expect(allCounts()).toEqual(before);
  });

  it('changes nothing when an update names a certificate that is not in the store', async () => {
    const c1 = credentials.saveCredential(db, cma).id;
    const pdf = store.add('a.pdf', await pdfBytes('a'));
    const saved = activities.saveActivity(db, fullActivity([c1], [pdf.sha256]));
    expect(() =>
      activities.saveActivity(
        db,
        { ...fullActivity([], ['f'.repeat(64)]), title: 'Should not stick' },
        saved.id,
      ),
    ).toThrow(UserError);
    expect(activities.getActivity(db, saved.id)).toEqual(saved);
  });

  it('saves nothing when a linked credential does not exist', () => {
    expect(() => activities.saveActivity(db, fullActivity([42], []))).toThrow(/credentials no longer exists/);
    expect(count('activities')).toBe(0);
  });

  it('deleting an activity, then emptying the trash, keeps its certificate row and file', async () => {
    const pdf = store.add('a.pdf', await pdfBytes('a'));
    const saved = activities.saveActivity(db, fullActivity([], [pdf.sha256]));
    activities.deleteActivity(db, saved.id);
    expect(activities.listActivities(db)).toEqual([]);
    trash.emptyTrash(db);
    expect(count('credits')).toBe(0);
    expect(count('activity_certificates')).toBe(0);
    expect(store.get(pdf.sha256)).toEqual(pdf);
    expect(fs.existsSync(store.pathOf(pdf.sha256))).toBe(true);
    expect(() => activities.deleteActivity(db, saved.id)).toThrow(/no longer exists/);
  });

  it('deleting a credential keeps the activities that were claimed for it', () => {
    const c1 = credentials.saveCredential(db, cma).id;
    const saved = activities.saveActivity(db, fullActivity([c1], []));
    credentials.deleteCredential(db, c1);
    expect(activities.getActivity(db, saved.id)).toMatchObject({ id: saved.id, credentialIds: [] });
  });
});

describe('certificate clean-up', () => {
  it('removes only unlinked certificates and stray or temporary files', async () => {
    const linked = store.add('linked.pdf', await pdfBytes('linked'));
    const unlinked = store.add('unlinked.jpg', await jpegBytes('#aabbcc'));
    const wasLinked = store.add('was-linked.pdf', await pdfBytes('was linked'));
    activities.saveActivity(db, fullActivity([], [linked.sha256]));
    const gone = activities.saveActivity(db, fullActivity([], [wasLinked.sha256]));
    activities.deleteActivity(db, gone.id);
    trash.emptyTrash(db);

    const certDir = path.join(dir, 'certificates');
    fs.writeFileSync(path.join(certDir, 'b'.repeat(64)), 'a file no row names');
    fs.writeFileSync(
      path.join(certDir, `.${'c'.repeat(64)}.1a2b3c4d5e6f.tmp`),
      'left by an interrupted write',
    );
    fs.mkdirSync(path.join(certDir, 'a-folder'));

    // Nothing younger than a day is touched: it may belong to a save still under way.
    expect(store.cleanUp()).toEqual({ removed: 0, bytesFreed: 0 });
    expect(fs.readdirSync(certDir)).toHaveLength(6);

    // A day and a bit later (by the clock and by the files' own times), it all goes.
    const dayLater = new Date(Date.parse('2026-11-24T10:00:00.000Z') + 25 * 3600_000);
    for (const entry of fs.readdirSync(certDir)) {
      const old = new Date(Date.now() - 25 * 3600_000);
      fs.utimesSync(path.join(certDir, entry), old, old);
    }
    const later = new CertificateStore(db, certDir, () => new Date(dayLater.getTime() + 60 * 60_000));
    const result = later.cleanUp();

    expect(fs.readdirSync(certDir).sort()).toEqual([linked.sha256, 'a-folder'].sort());
    expect(store.get(linked.sha256)).toEqual(linked);
    expect(store.get(unlinked.sha256)).toBeNull();
    expect(store.get(wasLinked.sha256)).toBeNull();
    expect(result.removed).toBe(3); // two unlinked certificates and the stray hash-named file
    expect(result.bytesFreed).toBeGreaterThan(unlinked.size + wasLinked.size);
    expect(await store.read(linked.sha256)).toHaveLength(linked.size);

    // Running it again finds nothing more to do.
    expect(later.cleanUp()).toEqual({ removed: 0, bytesFreed: 0 });
  });
});
