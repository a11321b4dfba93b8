import type { ActivityKind, Credit } from '../portfolio';

/** What the engine reads from an activity; a full Activity fits. */
export interface ActivityLike {
  id: number;
  title: string;
  kind: ActivityKind;
  completedOn: string;
  credits: readonly Pick<Credit, 'amount' | 'unit' | 'category'>[];
  durationMinutes?: number | null;
  /** A card's validity in months, when stated. */
  validMonths?: number | null;
  approvingBody?: string;
  credentialIds?: readonly number[];
}
