import { z } from 'zod';

/**
 * Every kind of failure the person can be told about, in one list: core's UserError, the
 * API contract, the worker transport and the CLI all use these codes. The message that
 * goes with a code is written for the person; the code is for programs (the UI picks a
 * presentation, the CLI an exit status).
 */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CERTIFICATE_REJECTED',
  'CERTIFICATE_PROBLEMS',
  'PACKET_OPEN_ITEMS',
  'IMPORT_INVALID',
  'DATABASE_TOO_NEW',
  'DATABASE_DAMAGED',
  'PORTFOLIO_IN_USE',
  'BUSY',
  'CONFLICT',
  'CANCELLED',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
export const errorCodeSchema = z.enum(errorCodes);

/** Codes core may throw as a UserError: the transport adds FORBIDDEN and INTERNAL itself. */
export type UserErrorCode = Exclude<ErrorCode, 'FORBIDDEN' | 'INTERNAL'>;
