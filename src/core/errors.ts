import type { UserErrorCode } from '../domain/error-codes';
import { english, type Said } from '../domain/i18n/translator';

export type { UserErrorCode };

/** A message as a catalog key and its values, so each edge says it in the person's language. */
export type SaidAs = Said;

/**
 * An error whose message is written for the person using the app. Core throws these
 * for anything the user can act on; the API layer passes them to the window as they
 * are, and turns anything else into a generic message (the detail goes to the log).
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  /** The message as a catalog key, when it has one: the window and the CLI translate it. */
  said?: SaidAs;
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/**
 * A UserError whose message is a catalog key: its `message` is the English (for logs and
 * older callers), and `said` lets the window and the CLI show it in the person's language.
 */
export function userError(code: UserErrorCode, said: SaidAs, details?: unknown): UserError {
  const error = new UserError(code, english(said), details);
  error.said = said;
  return error;
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

export const busyMessage =
  'Your portfolio is busy with another task (for example an import from the command line). Try again in a moment. Nothing was changed.';

/**
 * True for better-sqlite3's "database is locked" errors: another connection (the app,
 * or `ceu` in a terminal) held the database longer than busy_timeout. SQLite rolls the
 * statement back, so nothing was changed.
 */
export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return false;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)(_|$)/.test(code);
}

/**
 * The error as the person should see it: a busy database becomes UserError('BUSY'); any
 * other error is returned as it is. Used by every edge that reports errors (the app's
 * API boundary, the command line).
 */
export function withBusyAsUserError(error: unknown): unknown {
  return isDatabaseBusy(error) ? userError('BUSY', { key: 'errors.busy' }) : error;
}

/**
 * Runs a read once more, after a short wait, if the database was busy. Only for work
 * that writes nothing (and shows nothing before it finishes), where a second try cannot
 * do anything twice.
 */
export async function retryReadOnceIfBusy<T>(read: () => T | Promise<T>, waitMs = 250): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, waitMs));
    return read();
  }
}
