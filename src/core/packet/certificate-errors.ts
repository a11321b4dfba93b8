/** Why one certificate cannot go into the packet, in words the holder can act on. */
export class CertificateReadError extends Error {
  constructor(
    message: string,
    readonly needsPassword = false,
  ) {
    super(message);
    this.name = 'CertificateReadError';
  }
}

export function describeReadError(error: unknown): { reason: string; needsPassword: boolean } {
  if (error instanceof CertificateReadError)
    return { reason: error.message, needsPassword: error.needsPassword };
  const text = error instanceof Error ? error.message : String(error);
  return { reason: `The file cannot be read (${text}).`, needsPassword: false };
}
