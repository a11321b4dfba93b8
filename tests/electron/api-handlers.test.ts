import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtInRulePacks } from '../../src/domain/rules';
import { jpegBytes, pdfBytes, removeTempDirs, sha256, tempDir } from '../core/fixtures';
import { connect, jobError, jobValue } from './api-connection';

let api: ReturnType<typeof connect>;
let dataDir: string;

beforeEach(() => {
  dataDir = tempDir('ceu-api-');
  api = connect(dataDir, { now: () => new Date('2026-11-24T12:00:00') });
});
afterEach(() => {
  api.close();
  removeTempDirs();
});

async function portfolioWithOneActivity(certificates: Uint8Array[] = []) {
  await api.call('saveHolder', { fullName: 'Jordan A. Rivera' });
  const credential = await api.call('saveCredential', {
    credential: { rulePackId: 'aama-cma', certifiedOn: '2024-03-15' },
  });
  const hashes: string[] = [];
  for (const [i, bytes] of certificates.entries()) {
    hashes.push(
      (
        await api.call('addCertificate', {
          fileName: `certificate-${i + 1}.pdf`,
          bytes: bytes as Uint8Array<ArrayBuffer>,
        })
      ).sha256,
    );
  }
  const activity = await api.call('saveActivity', {
    activity: {
      title: 'Medical coding update',
      provider: 'AAMA e-Learning Center',
      approvingBody: 'AAMA',
      kind: 'online_course',
      delivery: 'online',
      completedOn: '2025-06-01',
      durationMinutes: 120,
      credits: [{ amount: 2, unit: 'aama_ceu', category: 'administrative' }],
      credentialIds: [credential.id],
      certificateHashes: hashes,
    },
  });
  return { credential, activity, hashes };
}

describe('the API handlers', () => {
  it('tell the app version and where the data is', async () => {
    expect(await api.call('getAppInfo', undefined)).toEqual({
      version: '9.9.9',
      dataDir,
      databasePath: path.join(dataDir, 'portfolio.db'),
    });
  });

  it('save and read the holder', async () => {
    expect(await api.call('getHolder', undefined)).toBeNull();
    await api.call('saveHolder', { fullName: 'Jordan A. Rivera', email: 'j@example.com' });
    expect(await api.call('getHolder', undefined)).toMatchObject({
      fullName: 'Jordan A. Rivera',
      email: 'j@example.com',
    });
    const error = await api.failure('saveHolder', { fullName: '   ' });
    expect(error.code).toBe('INVALID_INPUT');
    expect(await api.call('getHolder', undefined)).toMatchObject({ fullName: 'Jordan A. Rivera' });
  });

  it('list built-in rule packs and save and delete a custom one', async () => {
    const packs = await api.call('listRulePacks', undefined);
    expect(packs.map((p) => p.id)).toContain('aama-cma');
    const custom = {
      ...builtInRulePacks[0]!,
      id: 'state-cpr',
      credential: 'CPR',
      name: 'State CPR card',
      builtIn: false,
    };
    expect(await api.call('saveCustomRulePack', custom)).toMatchObject({ id: 'state-cpr', builtIn: false });
    expect((await api.call('listRulePacks', undefined)).map((p) => p.id)).toContain('state-cpr');
    expect(await api.call('deleteCustomRulePack', { id: 'state-cpr' })).toBeNull();
    expect((await api.call('listRulePacks', undefined)).map((p) => p.id)).not.toContain('state-cpr');
  });

  it('save, list, change and delete credentials', async () => {
    const saved = await api.call('saveCredential', {
      credential: { rulePackId: 'aama-cma', certifiedOn: '2024-03-15' },
    });
    expect(await api.call('listCredentials', undefined)).toHaveLength(1);
    const changed = await api.call('saveCredential', {
      id: saved.id,
      credential: { rulePackId: 'aama-cma', certifiedOn: '2024-04-01', credentialNumber: 'A1' },
    });
    expect(changed).toMatchObject({ id: saved.id, certifiedOn: '2024-04-01', credentialNumber: 'A1' });
    expect(
      (
        await api.failure('saveCredential', {
          credential: { rulePackId: 'no-such-pack', certifiedOn: '2024-03-15' },
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(await api.call('deleteCredential', { id: saved.id })).toBeNull();
    expect(await api.call('listCredentials', undefined)).toEqual([]);
  });

  it('renew a credential, list its past cycles, refuse a future date and undo', async () => {
    const saved = await api.call('saveCredential', {
      credential: { rulePackId: 'aama-cma', certifiedOn: '2021-03-15' },
    });
    const past = await api.call('renewCredential', { credentialId: saved.id, on: '2026-03-20', by: 'ce' });
    expect(past).toMatchObject({ startedOn: '2021-03-15', nextStartedOn: '2026-03-20', ending: 'renewed' });
    expect(await api.call('listPastCycles', { credentialId: saved.id })).toEqual([past]);
    expect((await api.failure('renewCredential', { credentialId: saved.id, on: '2999-01-01' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(await api.call('undoRenewal', { credentialId: saved.id })).toEqual(past);
    expect(await api.call('listPastCycles', { credentialId: saved.id })).toEqual([]);
  });

  it('save, read, list and delete activities with their certificates', async () => {
    const pdf = await pdfBytes('Certificate of completion: Medical coding update');
    const { activity, hashes } = await portfolioWithOneActivity([pdf]);
    expect(hashes[0]).toBe(sha256(pdf));
    expect(activity.certificates.map((c) => c.sha256)).toEqual(hashes);
    expect(await api.call('getActivity', { id: activity.id })).toMatchObject({
      title: 'Medical coding update',
    });
    expect(await api.call('listActivities', undefined)).toHaveLength(1);
    expect((await api.failure('getActivity', { id: 999 })).code).toBe('NOT_FOUND');
    expect(await api.call('deleteActivity', { id: activity.id })).toBeNull();
    expect(await api.call('listActivities', undefined)).toEqual([]);
    // In the trash, it keeps its certificate; once the trash is emptied, the certificate is
    // unused, but it was attached moments ago: clean-up keeps it for a day (a save may be under way).
    expect((await api.call('listTrash', undefined)).activities).toHaveLength(1);
    expect(await api.call('cleanUpCertificates', undefined)).toMatchObject({ removed: 0 });
    expect(await api.call('emptyTrash', undefined)).toEqual({ activities: 1, credentials: 0 });
    expect(await api.call('cleanUpCertificates', undefined)).toMatchObject({ removed: 0 });
    expect(await api.call('verifyPortfolio', undefined)).toEqual({
      activities: 0,
      certificatesChecked: 1,
      problems: [],
    });
  });

  it('refuse a file that is not a certificate, saying why', async () => {
    const error = await api.failure('addCertificate', {
      fileName: 'notes.pdf',
      bytes: new TextEncoder().encode('just some text'),
    });
    expect(error.code).toBe('CERTIFICATE_REJECTED');
    expect(error.message).toContain('notes.pdf');
    const photo = await api.call('addCertificate', {
      fileName: 'card.jpg',
      bytes: (await jpegBytes()) as Uint8Array<ArrayBuffer>,
    });
    expect(photo.mediaType).toBe('image/jpeg');
  });

  it("make a photo's page image for the packet when it is added, and none for a PDF", async () => {
    const photo = await api.call('addCertificate', {
      fileName: 'card.jpg',
      bytes: (await jpegBytes()) as Uint8Array<ArrayBuffer>,
    });
    const pdf = await api.call('addCertificate', {
      fileName: 'course.pdf',
      bytes: (await pdfBytes()) as Uint8Array<ArrayBuffer>,
    });
    const prepared = path.join(dataDir, 'prepared-images');
    expect(fs.readdirSync(prepared)).toEqual([`${photo.sha256}.v1.jpg`]);
    expect(fs.readdirSync(prepared).some((name) => name.startsWith(pdf.sha256))).toBe(false);
  });

  it('evaluate where each credential stands', async () => {
    await portfolioWithOneActivity();
    const evaluation = await api.call('evaluate', {});
    expect(evaluation.asOf).toBe('2026-11-24');
    expect(evaluation.credentials[0]).toMatchObject({ credential: 'CMA', counted: 2, required: 60 });
    expect((await api.call('evaluate', { asOf: '2025-01-01' })).asOf).toBe('2025-01-01');
  });
});

describe('packets through the API', () => {
  it('check, preview and export a packet where the person chooses', async () => {
    const { credential } = await portfolioWithOneActivity([await pdfBytes('Exhibit certificate')]);
    expect(await api.call('checkPacket', { credentialId: credential.id })).toEqual({
      problems: [],
      // 2 of 60 points: the pre-flight check says so beside the certificate check.
      openItems: [
        {
          code: 'requirementsNotMet',
          credentialId: credential.id,
          credential: 'CMA',
          stillNeeded: 58,
          pointName: 'points',
        },
      ],
    });

    const preview = await api.call('previewPacket', { credentialId: credential.id });
    expect(preview.pageCount).toBeGreaterThan(1);
    expect(new TextDecoder().decode(preview.pdf.subarray(0, 5))).toBe('%PDF-');

    const target = path.join(tempDir('ceu-out-'), 'packet.pdf');
    api.dialogs.answerNextSave(target);
    const written = await jobValue(
      api.job('exportPacket', 'job-1', { request: { credentialId: credential.id, exportAnyway: true } }),
    );
    expect(written).toMatchObject({ path: target });
    expect(fs.statSync(target).size).toBe(written!.size);
    expect(api.dialogs.asked[0]).toMatchObject({
      kind: 'save',
      request: { defaultName: 'CMA packet 2026-11-24 - Jordan A. Rivera.pdf' },
    });
    const progress = api.events
      .filter((e) => e.name === 'jobProgress')
      .map((e) => e.payload as { jobId: string; job: string; progress: { done: number; total: number } });
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.jobId === 'job-1' && p.job === 'exportPacket')).toBe(true);
    expect(progress.at(-1)!.progress.done).toBe(progress.at(-1)!.progress.total);
  });

  it('list the open items before the save dialog, and export anyway only when asked', async () => {
    const { credential } = await portfolioWithOneActivity();
    const refused = await api.job('exportPacket', 'job-open', { request: { credentialId: credential.id } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'PACKET_OPEN_ITEMS' } });
    const details = (refused as { error: { details: { openItems: { code: string }[] } } }).error.details;
    expect(details.openItems.map((item) => item.code)).toEqual(['requirementsNotMet', 'noCertificate']);
    // Nothing was asked and nothing written: the person decides before choosing a file.
    expect(api.dialogs.asked).toEqual([]);

    const target = path.join(tempDir('ceu-out-'), 'packet.pdf');
    api.dialogs.answerNextSave(target);
    const written = await jobValue(
      api.job('exportPacket', 'job-anyway', { request: { credentialId: credential.id, exportAnyway: true } }),
    );
    expect(written!.openItems.map((item) => item.code)).toEqual(['requirementsNotMet', 'noCertificate']);
    const text = execFileSync('pdftotext', ['-layout', target, '-'], { encoding: 'utf8' });
    expect(text).toContain('EXPORTED WITH 2 OPEN ITEMS');
    expect(text).toContain('Requirements not met for CMA: 58 points still needed.');
    expect(text).toContain('Certificate missing');
  });

  it('open only a packet the app itself saved, never any path the window names', async () => {
    const { credential } = await portfolioWithOneActivity();
    const target = path.join(tempDir('ceu-out-'), 'packet.pdf');
    expect((await api.failure('openWrittenFile', { path: target, how: 'open' })).code).toBe('NOT_FOUND');
    api.dialogs.answerNextSave(target);
    await jobValue(
      api.job('exportPacket', 'job-open', { request: { credentialId: credential.id, exportAnyway: true } }),
    );
    expect(await api.call('openWrittenFile', { path: target, how: 'open' })).toBeNull();
    expect((await api.failure('openWrittenFile', { path: '/etc/passwd', how: 'folder' })).code).toBe(
      'NOT_FOUND',
    );
    expect(api.dialogs.asked.filter((a) => a.kind === 'openFile')).toEqual([
      { kind: 'openFile', path: target },
    ]);
  });

  it('return null and write nothing when the save dialog is cancelled', async () => {
    const { credential } = await portfolioWithOneActivity();
    api.dialogs.answerNextSave(null);
    expect(
      await jobValue(
        api.job('exportPacket', 'job-2', { request: { credentialId: credential.id, exportAnyway: true } }),
      ),
    ).toBeNull();
  });

  it('stop with CANCELLED when the person cancels, leaving no file', async () => {
    const certificates = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => pdfBytes(`Exhibit ${n}`)));
    const { credential } = await portfolioWithOneActivity(certificates);
    const folder = tempDir('ceu-out-');
    api.dialogs.answerNextSave(path.join(folder, 'packet.pdf'));
    let cancelled = false;
    api.onEvent((name) => {
      if (name === 'jobProgress' && !cancelled) {
        cancelled = true;
        void api.cancelJob('job-3');
      }
    });
    const error = await jobError(
      api.job('exportPacket', 'job-3', { request: { credentialId: credential.id, exportAnyway: true } }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(error.message).toMatch(/cancelled/i);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('list unreadable certificates as CERTIFICATE_PROBLEMS unless placeholders are allowed', async () => {
    const { credential, hashes } = await portfolioWithOneActivity([await pdfBytes('Will go missing')]);
    fs.rmSync(api.portfolio.certificates.pathOf(hashes[0]!));
    const check = await api.call('checkPacket', { credentialId: credential.id });
    expect(check.problems).toHaveLength(1);

    const folder = tempDir('ceu-out-');
    api.dialogs.answerNextSave(path.join(folder, 'packet.pdf'));
    const error = await jobError(
      api.job('exportPacket', 'job-4', { request: { credentialId: credential.id, exportAnyway: true } }),
    );
    expect(error.code).toBe('CERTIFICATE_PROBLEMS');
    expect(
      (error.details as { problems: { certificateSha256: string }[] }).problems[0]!.certificateSha256,
    ).toBe(hashes[0]);
    expect(fs.readdirSync(folder)).toEqual([]);

    api.dialogs.answerNextSave(path.join(folder, 'packet.pdf'));
    const written = await jobValue(
      api.job('exportPacket', 'job-5', {
        request: { credentialId: credential.id, allowPlaceholders: true, exportAnyway: true },
      }),
    );
    expect(fs.existsSync(written!.path)).toBe(true);
  });
});

describe('moving a portfolio', () => {
  it('export to a chosen folder and import it into another portfolio', async () => {
    await portfolioWithOneActivity([await pdfBytes('Travelling certificate')]);
    const folder = tempDir('ceu-export-');
    api.dialogs.answerNextFolder(folder);
    const exported = await api.call('exportPortfolio', undefined);
    expect(exported).not.toBeNull();
    api.dialogs.answerNextFolder(null);
    expect(await api.call('exportPortfolio', undefined)).toBeNull();

    const other = connect(tempDir('ceu-api-other-'));
    try {
      const file = fs.statSync(exported!.path).isDirectory()
        ? path.join(exported!.path, 'portfolio.json')
        : exported!.path;
      other.dialogs.answerNextOpen(file);
      expect(await other.call('importPortfolio', undefined)).toEqual({
        credentials: 1,
        activities: 1,
        certificates: 1,
      });
      expect(await other.call('listActivities', undefined)).toHaveLength(1);
      other.dialogs.answerNextOpen(null);
      expect(await other.call('importPortfolio', undefined)).toBeNull();
    } finally {
      other.close();
    }
  });

  it('refuse an import file that is not a portfolio, changing nothing', async () => {
    await portfolioWithOneActivity();
    const bad = path.join(tempDir('ceu-bad-'), 'portfolio.json');
    fs.writeFileSync(bad, '{"hello": "world"}');
    api.dialogs.answerNextOpen(bad);
    const error = await api.failure('importPortfolio', undefined);
    expect(error.code).toBe('IMPORT_INVALID');
    expect(await api.call('listActivities', undefined)).toHaveLength(1);
  });

  it('load the sample portfolio', async () => {
    const counts = await api.call('loadSamplePortfolio', undefined);
    expect(counts.activities).toBeGreaterThan(0);
    expect((await api.call('listActivities', undefined)).length).toBe(counts.activities);
  });
});
