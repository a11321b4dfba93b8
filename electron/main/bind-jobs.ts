import type { z } from 'zod';
import {
  type ApiResult,
  type EventName,
  type EventPayload,
  type JobName,
  type JobResult,
  type Jobs,
  cancelJobChannel,
  jobCancelSchema,
  jobChannel,
  jobNames,
  jobStartSchema,
  jobs,
} from '../../src/api/contract';
import type { JobControl } from '../../src/domain/job';
import { userError } from '../../src/core/errors';
import { plainIssueMessage } from '../../src/core/exchange/problems';
import {
  type ApiInvokeEvent,
  type ApiTransport,
  type BindApiOptions,
  failure,
  invalidInput,
  refuseUntrusted,
  toApiError,
} from './bind-api';

/** One function per job, receiving its parsed input and the job's signal and progress callback. */
export type JobHandlers = {
  [K in JobName]: (input: z.output<Jobs[K]['input']>, control: Required<JobControl>) => Promise<JobResult<K>>;
};

export interface BindJobsOptions extends BindApiOptions {
  /** Sends an event to the window (progress of a running job). */
  emit: <K extends EventName>(name: K, payload: EventPayload<K>) => void;
}

/**
 * Registers the long jobs of the contract: one IPC handler per job that checks the
 * sender, parses the input, runs the job with an AbortSignal, relays its progress as
 * `jobProgress` events and answers with the result or a typed error once it ends; and
 * one handler that cancels a running job by its id. Returns a function that removes them.
 */
export function bindJobs(
  transport: ApiTransport,
  handlers: JobHandlers,
  options: BindJobsOptions,
): () => void {
  const running = new Map<string, AbortController>();

  for (const name of jobNames) {
    transport.handle(jobChannel(name), (event, message) => startJob(name, event, message));
  }
  transport.handle(cancelJobChannel, async (event, message): Promise<ApiResult<null>> => {
    const refused = refuseUntrusted('job:cancel', event, options);
    if (refused) return refused;
    const parsed = jobCancelSchema.safeParse(message);
    if (!parsed.success) return failure(invalidInput(parsed.error));
    // A job that has already ended has nothing to stop: not an error.
    running.get(parsed.data.jobId)?.abort();
    return { ok: true, value: null };
  });

  async function startJob<K extends JobName>(
    name: K,
    event: ApiInvokeEvent,
    message: unknown,
  ): Promise<ApiResult<JobResult<K>>> {
    const refused = refuseUntrusted(`job:${name}`, event, options);
    if (refused) return refused;
    const start = jobStartSchema.safeParse(message);
    if (!start.success) return failure(invalidInput(start.error));
    const input = jobs[name].input.safeParse(start.data.input, { error: plainIssueMessage });
    if (!input.success) return failure(invalidInput(input.error));
    const { jobId } = start.data;
    if (running.has(jobId)) {
      const error = userError('CONFLICT', { key: 'coreErrors.jobRunning' });
      return failure(toApiError(error, () => undefined));
    }
    const controller = new AbortController();
    running.set(jobId, controller);
    try {
      const handler = handlers[name] as (
        input: unknown,
        control: Required<JobControl>,
      ) => Promise<JobResult<K>>;
      const value = await handler(input.data, {
        signal: controller.signal,
        onProgress: (progress) => options.emit('jobProgress', { jobId, job: name, progress }),
      });
      return { ok: true, value };
    } catch (error) {
      return failure(toApiError(error, (detail) => options.log(`job:${name}`, detail)));
    } finally {
      running.delete(jobId);
    }
  }

  return () => {
    for (const name of jobNames) transport.removeHandler(jobChannel(name));
    transport.removeHandler(cancelJobChannel);
  };
}
