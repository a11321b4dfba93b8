import { z } from 'zod';

/**
 * How far a long job (a packet, a backup, a restore, reading certificates) has come.
 * Every long job reports this one shape: the window shows it as a progress bar with the
 * stage in words, the CLI as a progress line.
 */
export const jobProgressSchema = z.object({
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** What the job is doing now, in the person's words ("Adding certificates"). */
  stage: z.string().max(200),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;

/** What a core job receives besides its input: a way to be stopped, and a way to report. */
export interface JobControl {
  signal?: AbortSignal;
  onProgress?: (progress: JobProgress) => void;
}

/** A job id names one run of a job, so progress and cancelling refer to it alone. */
export const jobIdSchema = z.string().min(1).max(100);
