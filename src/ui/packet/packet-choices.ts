import type { CertificateProblem, PacketRequestInput } from '../../domain/packet';
import type { Activity } from '../../domain/portfolio';

/** What the holder chose on the packet page; turned into the packet request. */
export type PacketChoices = {
  credentialId: number | null;
  includeNotCounted: boolean;
  includeManifest: boolean;
  /** Passwords typed for certificates that need one, by SHA-256. */
  passwords: Record<string, string>;
  allowPlaceholders: boolean;
  /** A finished cycle's last day, for that cycle's packet; null for the current cycle. */
  asOf: string | null;
};

export const initialChoices = (credentialId: number | null, asOf: string | null = null): PacketChoices => ({
  credentialId,
  asOf,
  includeNotCounted: true,
  includeManifest: false,
  passwords: {},
  allowPlaceholders: false,
});

export function toPacketRequest(choices: PacketChoices & { credentialId: number }): PacketRequestInput {
  const passwords = Object.fromEntries(
    Object.entries(choices.passwords).filter(([, password]) => password !== ''),
  );
  return {
    credentialId: choices.credentialId,
    includeNotCounted: choices.includeNotCounted,
    includeManifest: choices.includeManifest,
    passwords,
    allowPlaceholders: choices.allowPlaceholders,
    ...(choices.asOf ? { asOf: choices.asOf } : {}),
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
    choices.asOf,
  ]);
}

/** The activity to open to fix a certificate problem: the one the problem names. */
export function activityForProblem(
  problem: CertificateProblem,
  activities: readonly Activity[],
): Activity | undefined {
  return activities.find((activity) => activity.id === problem.activityId);
}
