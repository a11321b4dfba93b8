import type { CredentialStatus } from '../../domain/evaluation';

/** The words and colours for a credential's standing; one table so every page agrees. */
export const statusLabels: Record<CredentialStatus, string> = {
  complete: 'Complete',
  on_track: 'On track',
  behind: 'Behind',
  due_soon: 'Due soon',
  grace: 'Grace period',
  lapsed: 'Lapsed',
  not_started: 'Not started',
};

export const statusColors: Record<CredentialStatus, string> = {
  complete: 'green',
  on_track: 'ocean',
  behind: 'orange',
  due_soon: 'yellow',
  grace: 'red',
  lapsed: 'red',
  not_started: 'gray',
};

/** One line under the badge saying what the status means for the holder. */
export const statusExplanations: Record<CredentialStatus, string> = {
  complete: 'You have enough credit counted to apply.',
  on_track: 'At your pace so far you will finish in time.',
  behind: 'You are behind the even pace needed to finish in time.',
  due_soon: 'Less than 90 days left and credit is still missing.',
  grace: 'Expired, but you can still renew with continuing education for now.',
  lapsed: 'Renewal by continuing education is no longer possible.',
  not_started: 'This cycle has not started yet.',
};
