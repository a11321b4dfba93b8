import type { z } from 'zod';
import {
  type ApiError,
  type ApiResult,
  type OperationName,
  type OperationOutput,
  type Operations,
  ipcChannel,
  operationNames,
  operations,
} from '../../src/api/contract';
import { isUserError, type SaidAs, withBusyAsUserError } from '../../src/core/errors';
import { plainIssueMessage, saidOfIssue } from '../../src/core/exchange/problems';
import type { ErrorLog } from './error-log';

/** The part of an IPC invoke event we read: which frame sent it. */
export interface ApiInvokeEvent {
  senderFrame: { url: string } | null;
}

/**
 * The part of Electron's ipcMain we use. Taking it as a parameter keeps this file free
 * of any `electron` import, so the test harness binds the same code to a stand-in.
 */
export interface ApiTransport {
  handle(channel: string, listener: (event: ApiInvokeEvent, input: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

/** One function per operation, receiving the input after its schema has parsed it. */
export type ApiHandlers = {
  [K in OperationName]: (
    input: z.output<Operations[K]['input']>,
  ) => Promise<OperationOutput<K>> | OperationOutput<K>;
};

export interface BindApiOptions {
  /** Whether a frame URL is one of the app's own pages; everything else is refused. */
  isTrustedSender: (url: string) => boolean;
  log: ErrorLog;
}

const somethingWentWrong =
  'Something went wrong and that did not work. Nothing you had saved was changed. Try again; if it keeps happening, restart CEU Portfolio.';

/** Registers one IPC handler per operation; returns a function that removes them all. */
export function bindApi(transport: ApiTransport, handlers: ApiHandlers, options: BindApiOptions): () => void {
  for (const name of operationNames) {
    transport.handle(ipcChannel(name), (event, input) =>
      invokeOperation(name, handlers, options, event, input),
    );
  }
  return () => {
    for (const name of operationNames) transport.removeHandler(ipcChannel(name));
  };
}

/** The error boundary: whatever happens, the window gets an ApiResult it can show. */
export async function invokeOperation<K extends OperationName>(
  name: K,
  handlers: ApiHandlers,
  options: BindApiOptions,
  event: ApiInvokeEvent,
  input: unknown,
): Promise<ApiResult<OperationOutput<K>>> {
  const refused = refuseUntrusted(`api:${name}`, event, options);
  if (refused) return refused;
  // Zod's checks in plain words (the same as an import's), each with Spanish beside it.
  const parsed = operations[name].input.safeParse(input, { error: plainIssueMessage });
  if (!parsed.success) return failure(invalidInput(parsed.error));
  try {
    const handler = handlers[name] as (input: unknown) => Promise<OperationOutput<K>> | OperationOutput<K>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    return failure(toApiError(error, (detail) => options.log(`api:${name}`, detail)));
  }
}

/**
 * Whether a call comes from the app's own page; anything else is logged and refused with
 * FORBIDDEN. Shared by operations and jobs.
 */
export function refuseUntrusted(
  what: string,
  event: ApiInvokeEvent,
  options: BindApiOptions,
): { ok: false; error: ApiError } | null {
  const url = event.senderFrame?.url ?? '';
  if (options.isTrustedSender(url)) return null;
  options.log(what, new Error(`Refused a call from a page that is not the app: ${url || '(no frame)'}`));
  return failure({ code: 'FORBIDDEN', message: 'This page is not allowed to use your portfolio.' });
}

/**
 * The error boundary: a UserError keeps its code, message and details; anything else is
 * logged and becomes INTERNAL with a plain message.
 */
export function toApiError(thrown: unknown, log: (error: unknown) => void): ApiError {
  // SQLite's "database is locked" becomes BUSY with words for the person.
  const error = withBusyAsUserError(thrown);
  if (isUserError(error)) {
    const apiError: ApiError = { code: error.code, message: error.message };
    if (error.details !== undefined) apiError.details = error.details;
    if (error.said !== undefined) apiError.said = error.said;
    return apiError;
  }
  log(error);
  return { code: 'INTERNAL', message: somethingWentWrong, said: { key: 'coreErrors.somethingWentWrong' } };
}

export function failure(error: ApiError): { ok: false; error: ApiError } {
  return { ok: false, error };
}

/** A message that names each field and what is wrong with it, for the form to show. */
export function invalidInput(error: z.ZodError): ApiError {
  const fields = error.issues.map((issue) => {
    const said = saidOfIssue(issue);
    return { path: issue.path.map(String).join('.'), message: issue.message, ...(said ? { said } : {}) };
  });
  const list = fields.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ');
  // Each problem in the person's language where zod's check has words in the catalogs.
  const said = error.issues.map((issue, i): SaidAs | string => {
    const problem = fields[i]!.said ?? fields[i]!.message;
    const path = fields[i]!.path;
    return path ? { key: 'coreErrors.fieldProblem', values: { path, problem } } : problem;
  });
  return {
    code: 'INVALID_INPUT',
    message: `Some of what was entered needs fixing before it can be saved (${list}). Nothing was changed.`,
    details: { fields },
    said: { key: 'coreErrors.fixEntered', values: { list: joined(said) } },
  };
}

function joined(items: readonly (SaidAs | string)[]): SaidAs | string {
  const [first, ...rest] = items;
  if (!first) return '';
  return rest.length === 0
    ? first
    : { key: 'coreErrors.listJoinSemicolon', values: { first, rest: joined(rest) } };
}
