import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWorkerJobRunner } from '../../electron/main/worker-job-runner';
import { jpegBytes, largePhotoBytes, pdfBytes, removeTempDirs, tempDir } from '../core/fixtures';
import { connect, jobError, jobValue } from './api-connection';

/**
 * The job worker as the app runs it: its own thread and its own connection to the
 * same data folder. The app runs the built out/main/job-worker.js; here a small
 * bootstrap registers tsx in the thread and loads the TypeScript entry.
 */
let api: ReturnType<typeof connect>;
let dataDir: string;
let bootstrap: string;

beforeAll(() => {
  bootstrap = path.join(tempDir('ceu-worker-entry-'), 'job-worker.cjs');
  fs.writeFileSync(
    bootstrap,
    `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(path.resolve('electron/main/job-worker.ts'))});\n`,
  );
});

beforeEach(() => {
  dataDir = tempDir('ceu-worker-');
  api = connect(dataDir, {
    now: () => new Date('2026-11-24T12:00:00'),
    jobs: (context) => createWorkerJobRunner({ scriptPath: bootstrap, context }),
  });
});
afterEach(() => api.close());
afterAll(() => removeTempDirs());

async function portfolioWith(certificates: Uint8Array[]) {
  await api.call('saveHolder', { fullName: 'Jordan A. Rivera' });
  const credential = await api.call('saveCredential', {
    credential: { rulePackId: 'aama-cma', certifiedOn: '2024-03-15' },
  });
  const hashes: string[] = [];
  for (const [i, bytes] of certificates.entries()) {
    hashes.push(
      (
        await api.call('addCertificate', {
          fileName: `certificate-${i + 1}`,
          bytes: bytes as Uint8Array<ArrayBuffer>,
        })
      ).sha256,
    );
  }
  for (const [i, hash] of hashes.entries()) {
    await api.call('saveActivity', {
      activity: {
        title: `Course ${i + 1}`,
        provider: 'AAMA',
        approvingBody: 'AAMA',
        kind: 'online_course',
        delivery: 'online',
        completedOn: '2025-06-01',
        credits: [{ amount: 1, unit: 'aama_ceu', category: 'clinical' }],
        credentialIds: [credential.id],
        certificateHashes: [hash],
      },
    });
  }
  return credential;
}

describe('the packet worker', () => {
  it('exports on its own thread, relaying progress, while the main thread keeps running', async () => {
    const certificates = [
      ...(await Promise.all([1, 2, 3, 4].map((n) => pdfBytes(`Exhibit ${n}`)))),
      await jpegBytes(),
    ];
    const credential = await portfolioWith(certificates);
    const target = path.join(tempDir('ceu-out-'), 'packet.pdf');
    api.dialogs.answerNextSave(target);

    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const written = await jobValue(
      api.job('exportPacket', 'w-1', { request: { credentialId: credential.id, exportAnyway: true } }),
    );
    clearInterval(timer);

    expect(written).toMatchObject({ path: target });
    expect(fs.statSync(target).size).toBe(written!.size);
    expect(api.events.some((e) => e.name === 'jobProgress')).toBe(true);
    // The main thread was free to run timers throughout.
    expect(ticks).toBeGreaterThan(3);
  });

  it('checks and previews through the worker', async () => {
    const credential = await portfolioWith([await pdfBytes('Preview me')]);
    expect(await api.call('checkPacket', { credentialId: credential.id })).toMatchObject({ problems: [] });
    const preview = await api.call('previewPacket', { credentialId: credential.id });
    expect(preview.pdf).toBeInstanceOf(Uint8Array);
    expect(preview.pageCount).toBeGreaterThan(1);
  });

  it('carries user errors across the thread with their code and details', async () => {
    const credential = await portfolioWith([await pdfBytes('Soon missing')]);
    const [certificate] = (await api.call('listActivities', undefined))[0]!.certificates;
    fs.rmSync(api.portfolio.certificates.pathOf(certificate!.sha256));
    api.dialogs.answerNextSave(path.join(tempDir('ceu-out-'), 'packet.pdf'));
    const error = await jobError(
      api.job('exportPacket', 'w-2', { request: { credentialId: credential.id, exportAnyway: true } }),
    );
    expect(error.code).toBe('CERTIFICATE_PROBLEMS');
    expect((error.details as { problems: unknown[] }).problems).toHaveLength(1);
    expect((await api.failure('checkPacket', { credentialId: 4242 })).code).toBe('NOT_FOUND');
  });

  it('cancels a running export', async () => {
    // Large photos take the worker a second or more: the cancel always arrives in time.
    const credential = await portfolioWith(
      await Promise.all([1, 2, 3, 4, 5, 6].map((n) => largePhotoBytes(n))),
    );
    const folder = tempDir('ceu-out-');
    api.dialogs.answerNextSave(path.join(folder, 'packet.pdf'));
    let cancelled = false;
    api.onEvent((name) => {
      if (name === 'jobProgress' && !cancelled) {
        cancelled = true;
        void api.cancelJob('w-3');
      }
    });
    const error = await jobError(
      api.job('exportPacket', 'w-3', { request: { credentialId: credential.id, exportAnyway: true } }),
    );
    expect(error.code).toBe('CANCELLED');
    expect(fs.readdirSync(folder)).toEqual([]);
  });
});

describe('the planner on the job worker', () => {
  it('makes the plan and says what planned activities do, on its own thread', async () => {
    const credential = await portfolioWith([]);
    const plan = await api.call('makePlan', { budget: null, hoursPerMonth: null, member: true });
    expect(plan.result.kind).toBe('plan');
    expect(plan.needs.map((need) => need.credentialId)).toEqual([credential.id]);
    await api.call('savePlanned', {
      planned: {
        title: 'Pharmacology refresher',
        provider: 'AAMA',
        approvingBody: 'AAMA',
        kind: 'online_course',
        delivery: 'online',
        plannedOn: '2027-02-01',
        credits: [{ amount: 5, unit: 'aama_ceu', category: 'clinical' }],
        credentialIds: [credential.id],
      },
    });
    expect(await api.call('listWithPlan', undefined)).toEqual([
      { credentialId: credential.id, planned: 1, completeBy: null, stillNeeded: 55 },
    ]);
  });
});
