import type { JobControl, JobProgress } from '../../domain/job';
import { userError } from '../errors';

/** One step of a long job, for a progress line: "Copying certificates (3 of 40)". The one job shape. */
export type JobStep = JobProgress;

/**
 * What every long backup job takes besides its input (the one job shape of src/domain/job.ts).
 * The app runs these on a worker thread; the CLI passes Ctrl+C through `signal`.
 */
export type JobOptions = JobControl;

/** Throws CANCELLED if the job was asked to stop; `what` says what was left untouched. */
export function stopIfCancelled(
  signal: AbortSignal | undefined,
  what: 'backup' | 'snapshot' | 'restore',
): void {
  if (signal?.aborted) throw userError('CANCELLED', { key: 'backupErrors.cancelled', values: { what } });
}
