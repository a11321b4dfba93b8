import type { CredentialStatus } from '../../domain/evaluation';

import type { MessageKey } from '../../domain/i18n/translator';

/** The words (message keys) and colours for a credential's standing; one table so every page agrees. */
export const statusLabels: Record<CredentialStatus, MessageKey> = {
  complete: 'status.complete',
  on_track: 'status.on_track',
  just_started: 'status.just_started',
  behind: 'status.behind',
  due_soon: 'status.due_soon',
  grace: 'status.grace',
  lapsed: 'status.lapsed',
  not_started: 'status.not_started',
};

export const statusColors: Record<CredentialStatus, string> = {
  complete: 'green',
  on_track: 'ocean',
  just_started: 'ocean',
  behind: 'orange',
  due_soon: 'yellow',
  grace: 'red',
  lapsed: 'red',
  not_started: 'gray',
};

/** One line under the badge saying what the status means for the holder. */
export const statusExplanations: Record<CredentialStatus, MessageKey> = {
  complete: 'statusMeaning.complete',
  on_track: 'statusMeaning.on_track',
  just_started: 'statusMeaning.just_started',
  behind: 'statusMeaning.behind',
  due_soon: 'statusMeaning.due_soon',
  grace: 'statusMeaning.grace',
  lapsed: 'statusMeaning.lapsed',
  not_started: 'statusMeaning.not_started',
};
