/**
 * Why one certificate cannot go into the packet, in words a medical assistant can act
 * on: what is wrong with the file and what to do about it. The program error behind a
 * reason (a parser message, a stack) is kept as the error's `cause` for whoever debugs,
 * and never shown: "Cannot read properties of undefined" helps no one at a deadline.
 */

import { type UnreadableReason, unreadable } from '../../domain/i18n/messages/unreadable.en';
/** The sentences, in English, live in the catalog so the window can say them in Spanish too. */
export const reasons = unreadable;

export class CertificateReadError extends Error {
  constructor(
    message: string,
    readonly needsPassword = false,
    /** The program error behind the reason, for debugging only; never shown to the holder. */
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'CertificateReadError';
  }
}

/**
 * The reason to show for any error met while reading or placing a certificate. Errors
 * that were not translated where they happened get the general reason, never their text.
 */
export function describeReadError(error: unknown): {
  reason: string;
  reasonCode: UnreadableReason;
  needsPassword: boolean;
} {
  if (error instanceof CertificateReadError)
    return { reason: error.message, reasonCode: codeOf(error.message), needsPassword: error.needsPassword };
  return { reason: reasons.unknown, reasonCode: 'unknown', needsPassword: false };
}

/** Every reason is one of the catalog's sentences: its key lets the window translate it. */
function codeOf(message: string): UnreadableReason {
  const found = (Object.keys(reasons) as UnreadableReason[]).find((key) => reasons[key] === message);
  return found ?? 'unknown';
}
