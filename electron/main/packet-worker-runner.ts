import { Worker } from 'node:worker_threads';
import { UserError, type UserErrorCode } from '../../src/core/errors';
import type { PacketJob, PacketJobOptions, PacketRunner, PacketStep } from './packet-runner';

/** What the main process asks the worker to do (its workerData). */
export type PacketWorkerTask =
  | { op: 'check'; options: PacketJobOptions }
  | { op: 'preview'; options: PacketJobOptions }
  | { op: 'write'; options: PacketJobOptions; targetPath: string };

export interface PacketWorkerData {
  dataDir: string;
  nativeBinding?: string;
  task: PacketWorkerTask;
}

/** Errors cross the thread boundary as plain data: classes do not survive postMessage. */
export type PacketWorkerError =
  | { kind: 'user'; code: UserErrorCode; message: string; details?: unknown }
  | { kind: 'internal'; detail: string };

export type PacketWorkerMessage =
  | { type: 'progress'; step: PacketStep }
  | { type: 'done'; value: unknown }
  | { type: 'failed'; error: PacketWorkerError };

/** Messages the main process sends to a running worker. */
export type PacketWorkerCommand = { type: 'cancel' };

export interface WorkerRunnerOptions {
  /** The built worker entry (out/main/packet-worker.js). */
  scriptPath: string;
  dataDir: string;
  nativeBinding?: string;
}

/**
 * Runs each packet job on its own worker thread, which opens its own connection to the
 * same portfolio (SQLite in WAL mode lets it read while the window keeps working).
 * The main thread only relays progress, so the window stays responsive during an export.
 */
export function createWorkerPacketRunner(options: WorkerRunnerOptions): PacketRunner {
  const run = <T>(task: PacketWorkerTask, job?: PacketJob): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const data: PacketWorkerData = { dataDir: options.dataDir, nativeBinding: options.nativeBinding, task };
      const worker = new Worker(options.scriptPath, { workerData: data });
      let settled = false;
      const settle = (finish: () => void) => {
        if (settled) return;
        settled = true;
        job?.signal.removeEventListener('abort', cancel);
        finish();
      };
      const cancel = () => worker.postMessage({ type: 'cancel' } satisfies PacketWorkerCommand);
      if (job?.signal.aborted) cancel();
      job?.signal.addEventListener('abort', cancel);

      worker.on('message', (message: PacketWorkerMessage) => {
        if (message.type === 'progress') job?.onProgress(message.step);
        else if (message.type === 'done') settle(() => resolve(message.value as T));
        else settle(() => reject(fromWorkerError(message.error)));
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', (code) =>
        settle(() => reject(new Error(`The packet worker stopped (exit code ${code}) before it finished.`))),
      );
    });

  return {
    check: (jobOptions) => run({ op: 'check', options: jobOptions }),
    preview: (jobOptions) => run({ op: 'preview', options: jobOptions }),
    write: (targetPath, jobOptions, job) => run({ op: 'write', options: jobOptions, targetPath }, job),
  };
}

export function toWorkerError(error: unknown): PacketWorkerError {
  if (error instanceof UserError) {
    return { kind: 'user', code: error.code, message: error.message, details: error.details };
  }
  return {
    kind: 'internal',
    detail: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}

function fromWorkerError(error: PacketWorkerError): Error {
  if (error.kind === 'user') return new UserError(error.code, error.message, error.details);
  return new Error(`Packet worker: ${error.detail}`);
}
