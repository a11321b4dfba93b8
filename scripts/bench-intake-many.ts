/**
 * Part of `npm run bench -- intake`: 40 certificates dropped at once (20 text PDFs, 20
 * phone photos of 12 megapixels), through the app's own handlers: each file stored
 * (`addCertificate`, photos prepared for the packet), one draft each (`addDrafts`), then
 * read in the background by the draft reader, two at a time, each on a worker thread
 * (the built out/main/job-worker.js, as in the app). Meanwhile a timer on the main thread
 * records every gap longer than 50 ms: the window's main process must stay free.
 * Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import sharp from 'sharp';
import { createApiHandlers } from '../electron/main/api-handlers';
import { createWorkerJobRunner } from '../electron/main/worker-job-runner';
import { Portfolio } from '../src/core/portfolio';
import { ScriptedDialogs } from '../tests/harness/scripted-dialogs';
import { corpusCertificates } from './reading-corpus/certificates';
import { pdfOf, photoOf } from './reading-corpus/make-corpus';

const workerScript = path.resolve('out/main/job-worker.js');

export async function runIntakeManyBench(): Promise<void> {
  if (!fs.existsSync(workerScript)) {
    execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], {
      stdio: 'pipe',
    });
  }
  const certificates = corpusCertificates();
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (let n = 0; n < 20; n++) {
    const certificate = certificates[n % certificates.length]!;
    files.push({ name: `${certificate.id}-${n}.pdf`, bytes: await pdfOf(certificate.lines, n) });
  }
  for (let n = 0; n < 20; n++) {
    const certificate = certificates[(n + 7) % certificates.length]!;
    // Each photo different (n), as twenty phone photos would be.
    files.push({
      name: `${certificate.id}-${n}.jpg`,
      bytes: new Uint8Array(await photoOf(certificate.lines, n)),
    });
  }
  const megabytes = files.reduce((sum, file) => sum + file.bytes.length, 0) / 1e6;
  const photo = await sharp(files[20]!.bytes).metadata();
  const photoSize = `${photo.width}×${photo.height}, ${(files.slice(20).reduce((s, f) => s + f.bytes.length, 0) / 20 / 1e6).toFixed(1)} MB each`;

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceu-intake-many-'));
  const portfolio = Portfolio.open({ dataDir });
  portfolio.saveHolder({
    fullName: 'Jordan A. Rivera',
    email: '',
    phone: '',
    address: '',
    memberNumbers: [],
  });
  portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
  const handlers = createApiHandlers({
    portfolio,
    appVersion: 'bench',
    dialogs: new ScriptedDialogs(),
    emit: () => undefined,
    sampleDir: path.resolve('resources/sample'),
    jobs: createWorkerJobRunner({ scriptPath: workerScript, context: { dataDir } }),
  });

  // The main thread's longest stalls, as the window would feel them.
  const gaps: number[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > 50 + 10) gaps.push(now - last - 10);
    last = now;
  }, 10);

  const started = performance.now();
  const hashes: string[] = [];
  for (const file of files) {
    const stored = await handlers.addCertificate({ fileName: file.name, bytes: file.bytes } as never);
    hashes.push(stored.sha256);
  }
  const storedAt = performance.now();
  await handlers.addDrafts({ sha256s: hashes } as never);
  let drafts = handlers.listDrafts(undefined as never) as unknown as { status: string }[];
  while (drafts.some((draft) => draft.status === 'reading')) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    drafts = handlers.listDrafts(undefined as never) as unknown as { status: string }[];
  }
  const done = performance.now();
  clearInterval(timer);
  const ready = drafts.filter((draft) => draft.status === 'ready').length;
  const failed = drafts.filter((draft) => draft.status === 'failed').length;
  const longest = gaps.length > 0 ? Math.max(...gaps) : 0;

  console.log(
    `\n40 certificates dropped at once (20 text PDFs, 20 phone photos of ${photoSize}; ${megabytes.toFixed(1)} MB in all)`,
  );
  console.log(
    `  stored and photos prepared: ${((storedAt - started) / 1000).toFixed(1)} s; all drafts read: ${((done - started) / 1000).toFixed(1)} s (${ready} ready, ${failed} could not be read)`,
  );
  console.log(
    `  main thread: ${gaps.length} stalls over 50 ms, longest ${longest.toFixed(0)} ms (goal: none over 50 ms); readings two at a time on worker threads; load ${os.loadavg()[0]!.toFixed(2)}`,
  );
  portfolio.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
