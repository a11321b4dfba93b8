/**
 * An error whose message is written for the person using the app. Core throws these
 * for anything the user can act on; the API layer passes them to the window as they
 * are, and turns anything else into a generic message (the detail goes to the log).
 */
export type UserErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CERTIFICATE_REJECTED'
  | 'CERTIFICATE_PROBLEMS'
  | 'IMPORT_INVALID'
  | 'DATABASE_TOO_NEW'
  | 'CONFLICT'
  | 'CANCELLED';

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
