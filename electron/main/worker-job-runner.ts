import { Worker } from 'node:worker_threads';
import type { JobProgress } from '../../src/domain/job';
import type { UserErrorCode } from '../../src/domain/error-codes';
import { type SaidAs, UserError } from '../../src/core/errors';
import type { CoreJobContext, CoreJobName, CoreJobRunner } from '../../src/core/jobs';

/** What the main process gives a job worker (its workerData). */
export interface JobWorkerData {
  context: CoreJobContext;
  name: CoreJobName;
  input: unknown;
  /** Where the packet's fonts are (resources/fonts, or next to app.asar when installed). */
  fontsDir?: string;
}

/** Errors cross the thread boundary as plain data: classes do not survive postMessage. */
export type JobWorkerError =
  | { kind: 'user'; code: UserErrorCode; message: string; details?: unknown; said?: SaidAs }
  | { kind: 'internal'; detail: string };

export type JobWorkerMessage =
  | { type: 'progress'; progress: JobProgress }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: JobWorkerError };

/** Messages the main process sends to a running worker. */
export type JobWorkerCommand = { type: 'cancel' };

export interface WorkerJobRunnerOptions {
  /** The built worker entry (out/main/job-worker.js). */
  scriptPath: string;
  context: CoreJobContext;
  fontsDir?: string;
}

/**
 * The one transport for long jobs in the app: each core job (src/core/jobs.ts) runs on
 * its own worker thread, which opens its own connection to the portfolio (SQLite in WAL
 * mode lets it read while the window keeps working). The main thread only relays
 * progress and a cancel, so the window stays responsive whatever the job does.
 */
export function createWorkerJobRunner(options: WorkerJobRunnerOptions): CoreJobRunner {
  return {
    run: (name, input, control = {}) =>
      new Promise((resolve, reject) => {
        const data: JobWorkerData = { context: options.context, name, input, fontsDir: options.fontsDir };
        const worker = new Worker(options.scriptPath, { workerData: data });
        const { signal, onProgress } = control;
        let settled = false;
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          signal?.removeEventListener('abort', cancel);
          finish();
        };
        const cancel = () => worker.postMessage({ type: 'cancel' } satisfies JobWorkerCommand);
        if (signal?.aborted) cancel();
        signal?.addEventListener('abort', cancel);

        worker.on('message', (message: JobWorkerMessage) => {
          if (message.type === 'progress') onProgress?.(message.progress);
          else if (message.type === 'done') settle(() => resolve(message.value as never));
          else settle(() => reject(fromWorkerError(message.error)));
        });
        worker.on('error', (error) => settle(() => reject(error)));
        worker.on('exit', (code) =>
          settle(() =>
            reject(new Error(`The ${name} worker stopped (exit code ${code}) before it finished.`)),
          ),
        );
      }),
  };
}

export function toWorkerError(error: unknown): JobWorkerError {
  if (error instanceof UserError) {
    return {
      kind: 'user',
      code: error.code,
      message: error.message,
      details: error.details,
      said: error.said,
    };
  }
  return {
    kind: 'internal',
    detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}

function fromWorkerError(error: JobWorkerError): Error {
  if (error.kind === 'user') {
    const user = new UserError(error.code, error.message, error.details);
    if (error.said) user.said = error.said;
    return user;
  }
  return new Error(`Job worker: ${error.detail}`);
}
