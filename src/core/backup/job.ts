import { UserError } from '../errors';

/** One step of a long job, for a progress line: "Copying certificates (3 of 40)". */
export interface JobStep {
  done: number;
  total: number;
  stage: string;
}

/**
 * What every long backup job takes besides its input. The app runs these on a worker
 * thread; the CLI passes Ctrl+C through `signal`.
 */
export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: (step: JobStep) => void;
}

/** Throws CANCELLED if the job was asked to stop; `what` says what was left untouched. */
export function stopIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw new UserError('CANCELLED', `The ${what} was cancelled. ${leftAsItWas}`);
}

const leftAsItWas = 'Nothing was changed, and no partial file was left behind.';
