import type {
  ApiError,
  EventName,
  EventPayload,
  OperationInput,
  OperationName,
  OperationOutput,
  WindowApi,
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
    super(error.message);
    this.name = 'ApiFailure';
    this.code = error.code;
    this.details = error.details;
  }
}

/** Calls one operation; resolves with its value or rejects with an ApiFailure whose message is for the user. */
export async function call<K extends OperationName>(
  name: K,
  input: OperationInput<K>,
): Promise<OperationOutput<K>> {
  const fn = window.api?.[name] as unknown as
    ((input: OperationInput<K>) => ReturnType<WindowApi[K]>) | undefined;
  if (!fn) {
    throw new ApiFailure({
      code: 'INTERNAL',
      message: 'The app is not connected to its data. Restart CEU Portfolio.',
    });
  }
  let result: Awaited<ReturnType<WindowApi[K]>>;
  try {
    result = await fn(input);
  } catch {
    throw new ApiFailure({
      code: 'INTERNAL',
      message:
        'The app could not reach its data just now. Try again; if it keeps happening, restart CEU Portfolio.',
    });
  }
  if (result.ok) return result.value as OperationOutput<K>;
  throw new ApiFailure(result.error);
}

export function onEvent<K extends EventName>(
  name: K,
  listener: (payload: EventPayload<K>) => void,
): () => void {
  return window.api?.on(name, listener) ?? (() => undefined);
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong. Try again.';
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
