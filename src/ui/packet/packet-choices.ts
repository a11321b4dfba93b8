import type { CertificateProblem, PacketOptions } from '../../api/contract';
import type { Activity } from '../../domain/portfolio';

/** What the holder chose on the packet page; turned into the API's packet options. */
export type PacketChoices = {
  credentialId: number | null;
  includeNotCounted: boolean;
  includeManifest: boolean;
  /** Passwords typed for certificates that need one, by SHA-256. */
  passwords: Record<string, string>;
  allowPlaceholders: boolean;
};

export const initialChoices = (credentialId: number | null): PacketChoices => ({
  credentialId,
  includeNotCounted: true,
  includeManifest: false,
  passwords: {},
  allowPlaceholders: false,
});

export function toPacketOptions(choices: PacketChoices & { credentialId: number }): PacketOptions {
  const passwords = Object.fromEntries(
    Object.entries(choices.passwords).filter(([, password]) => password !== ''),
  );
  return {
    credentialId: choices.credentialId,
    includeNotCounted: choices.includeNotCounted,
    includeManifest: choices.includeManifest,
    passwords,
    allowPlaceholders: choices.allowPlaceholders,
  };
}

/** A key that changes whenever the packet would come out differently, to tell a preview is out of date. */
export function choicesKey(choices: PacketChoices): string {
  return JSON.stringify([
    choices.credentialId,
    choices.includeNotCounted,
    choices.includeManifest,
    choices.passwords,
    choices.allowPlaceholders,
  ]);
}

/**
 * The activity to open to fix a certificate problem: one that has this certificate,
 * preferring the one the problem names (the same file can be attached twice).
 */
export function activityForProblem(
  problem: CertificateProblem,
  activities: readonly Activity[],
): Activity | undefined {
  const holding = activities.filter((activity) =>
    activity.certificates.some((c) => c.sha256 === problem.sha256),
  );
  return holding.find((activity) => activity.title === problem.activityTitle) ?? holding[0];
}

/** A fresh id for one export, so progress events and cancelling refer to it alone. */
export function newJobId(): string {
  return `packet-${crypto.randomUUID()}`;
}
