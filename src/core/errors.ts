import type { UserErrorCode } from '../domain/error-codes';

export type { UserErrorCode };

/**
 * An error whose message is written for the person using the app. Core throws these
 * for anything the user can act on; the API layer passes them to the window as they
 * are, and turns anything else into a generic message (the detail goes to the log).
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
