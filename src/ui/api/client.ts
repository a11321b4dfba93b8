import { tNow } from '../i18n/current';
import type { MessageKey } from '../../domain/i18n/translator';
import {
  type ApiError,
  type ApiResult,
  type EventName,
  type EventPayload,
  type JobInput,
  type JobName,
  type JobProgressOf,
  type JobResult,
  type OperationInput,
  type OperationName,
  type OperationOutput,
  type WindowApi,
  jobs,
} from '../../api/contract';

declare global {
  interface Window {
    api: WindowApi;
  }
}

/** An API error carried as an exception, so TanStack Query and forms can show it. */
export class ApiFailure extends Error {
  readonly code: ApiError['code'];
  readonly details: unknown;
  constructor(error: ApiError) {
    super(saidInWindowLanguage(error));
    this.name = 'ApiFailure';
    this.code = error.code;
    this.details = error.details;
  }
}

/**
 * The main process writes its messages in English and sends their catalog key alongside
 * when they have one: the window says them in its own language.
 */
function saidInWindowLanguage(error: ApiError): string {
  if (!error.said) return error.message;
  const text = tNow(error.said.key as MessageKey, error.said.values);
  return text === error.said.key ? error.message : text;
}

/** Calls one operation; resolves with its value or rejects with an ApiFailure whose message is for the user. */
export async function call<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const fn = window.api?.[name] as unknown as
    ((input: OperationInput<K>) => ReturnType<WindowApi[K]>) | undefined;
  if (!fn) throw notConnected();
  const result = await reach(() => fn(input) as Promise<ApiResult<OperationOutput<K>>>);
  if (result.ok) return result.value;
  throw new ApiFailure(result.error);
}

export interface RunJobOptions<K extends JobName> {
  /** Called with each progress step of this job (checked against the job's progress schema). */
  onProgress?: (progress: JobProgressOf<K>) => void;
  /** Aborting asks the job to stop; it then rejects with an ApiFailure whose code is CANCELLED. */
  signal?: AbortSignal;
}

/**
 * Runs a long job in the main process (on a worker thread there) and resolves with its
 * result, checked against the contract; progress for this job alone goes to
 * `onProgress`. Rejects with an ApiFailure whose message is for the person.
 */
export async function runJob<K extends JobName>(
  name: K,
  input: JobInput<K>,
  options: RunJobOptions<K> = {},
): Promise<JobResult<K>> {
  const api = window.api;
  if (!api?.startJob) throw notConnected();
  const jobId = `${name}-${crypto.randomUUID()}`;
  const declared = jobs[name];
  const stopListening = onEvent('jobProgress', (event) => {
    if (event.jobId !== jobId) return;
    const progress = declared.progress.safeParse(event.progress);
    if (progress.success) options.onProgress?.(progress.data as JobProgressOf<K>);
  });
  const cancel = () => void api.cancelJob(jobId).catch(() => undefined);
  options.signal?.addEventListener('abort', cancel);
  try {
    if (options.signal?.aborted) cancel();
    const result = await reach(() => api.startJob(name, jobId, input));
    if (!result.ok) throw new ApiFailure(result.error);
    const checked = declared.result.safeParse(result.value);
    if (!checked.success) {
      throw new ApiFailure({
        code: 'INTERNAL',
        message: tNow('api.unreadable'),
      });
    }
    return checked.data as JobResult<K>;
  } finally {
    options.signal?.removeEventListener('abort', cancel);
    stopListening();
  }
}

async function reach<T>(send: () => Promise<ApiResult<T>>): Promise<ApiResult<T>> {
  try {
    return await send();
  } catch {
    throw new ApiFailure({
      code: 'INTERNAL',
      message: tNow('api.unreachable'),
    });
  }
}

function notConnected(): ApiFailure {
  return new ApiFailure({
    code: 'INTERNAL',
    message: tNow('api.notConnected'),
  });
}

export function onEvent<K extends EventName>(
  name: K,
  listener: (payload: EventPayload<K>) => void,
): () => void {
  return window.api?.on(name, listener) ?? (() => undefined);
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return tNow('api.somethingWrong');
}

/** Query keys, one place, so every mutation invalidates what it changes. */
export const keys = {
  appInfo: ['appInfo'] as const,
  holder: ['holder'] as const,
  rulePacks: ['rulePacks'] as const,
  credentials: ['credentials'] as const,
  activities: ['activities'] as const,
  activity: (id: number) => ['activities', id] as const,
  evaluation: (asOf?: string) => ['evaluation', asOf ?? 'today'] as const,
  /** Under 'evaluation' too, so whatever refreshes the evaluation refreshes the summary. */
  summary: (asOf?: string) => ['evaluation', 'summary', asOf ?? 'today'] as const,
};
