import { z } from 'zod';
import type { Audit } from '../audit';
import { type CredentialEvaluation, deadlineSchema } from '../evaluation';
import type { Activity } from '../portfolio';
import { type PlannedActivity, selfStudyLimit } from '../plan/planned';
import { daysBetween, shiftMonths } from '../rules/cycle';
import { deadlineEventUid } from './event-uid';

/**
 * Every date ahead that needs the person, from what the portfolio already knows: each
 * credential's deadlines (expiry, apply-by dates, end of grace, the exam route, yearly
 * fees), each open audit's due date, and each CPR card's expiry. Pure: the dashboard's
 * "what needs you", `ceu remind`, the calendar file and the notifications all use it.
 */

const base = {
  /** Stable across exports: a calendar updates the event instead of adding another. */
  uid: z.string(),
  date: z.string(),
  daysLeft: z.number(),
};

export const upcomingItemSchema = z.discriminatedUnion('source', [
  z.object({
    source: z.literal('credential'),
    ...base,
    credentialId: z.number(),
    credential: z.string(),
    deadline: deadlineSchema,
  }),
  z.object({
    source: z.literal('audit'),
    ...base,
    credentialId: z.number(),
    credential: z.string(),
    auditId: z.number(),
    reference: z.string(),
  }),
  z.object({
    source: z.literal('card'),
    ...base,
    activityId: z.number(),
    title: z.string(),
  }),
  /** A planned activity's day (added after the first release of `ceu remind --json`). */
  z.object({
    source: z.literal('planned'),
    ...base,
    plannedId: z.number(),
    title: z.string(),
  }),
  /** The last day to finish a self-study course bought ahead (six months after purchase). */
  z.object({
    source: z.literal('self_study'),
    ...base,
    plannedId: z.number(),
    title: z.string(),
  }),
]);
export type UpcomingItem = z.infer<typeof upcomingItemSchema>;

export interface UpcomingInput {
  evaluations: readonly CredentialEvaluation[];
  audits: readonly Audit[];
  activities: readonly Pick<Activity, 'id' | 'title' | 'kind' | 'completedOn' | 'validMonths'>[];
  /** Planned activities: each one's day is a date ahead (a moved day updates the same calendar event). */
  planned?: readonly Pick<PlannedActivity, 'id' | 'title' | 'plannedOn' | 'kind' | 'boughtOn'>[];
  /** Today, YYYY-MM-DD. */
  asOf: string;
}

/** Everything from today on, soonest first (a lapsed credential's past dates are left out). */
export function upcomingDates(input: UpcomingInput): UpcomingItem[] {
  const { asOf } = input;
  const items: UpcomingItem[] = [];
  const ahead = (date: string) => date >= asOf;
  for (const ev of input.evaluations) {
    for (const deadline of ev.deadlines) {
      if (!ahead(deadline.date)) continue;
      items.push({
        source: 'credential',
        uid: deadlineEventUid(String(ev.credentialId), deadline.key, deadline.date),
        date: deadline.date,
        daysLeft: daysBetween(asOf, deadline.date),
        credentialId: ev.credentialId,
        credential: ev.credential,
        deadline,
      });
    }
  }
  for (const audit of input.audits) {
    if (audit.answeredOn !== null || !ahead(audit.dueOn)) continue;
    const credential =
      input.evaluations.find((ev) => ev.credentialId === audit.credentialId)?.credential ?? '';
    items.push({
      source: 'audit',
      uid: deadlineEventUid(`audit-${audit.id}`, 'audit_due', audit.dueOn),
      date: audit.dueOn,
      daysLeft: daysBetween(asOf, audit.dueOn),
      credentialId: audit.credentialId,
      credential,
      auditId: audit.id,
      reference: audit.reference,
    });
  }
  for (const activity of input.activities) {
    if (activity.kind !== 'cpr_card' || !activity.validMonths) continue;
    const expires = shiftMonths(activity.completedOn, activity.validMonths);
    if (!ahead(expires)) continue;
    items.push({
      source: 'card',
      uid: deadlineEventUid(`activity-${activity.id}`, 'cpr_card_expiry', expires),
      date: expires,
      daysLeft: daysBetween(asOf, expires),
      activityId: activity.id,
      title: activity.title,
    });
  }
  for (const planned of input.planned ?? []) {
    if (ahead(planned.plannedOn)) {
      items.push({
        source: 'planned',
        uid: `planned-${planned.id}@ceu-portfolio`,
        date: planned.plannedOn,
        daysLeft: daysBetween(asOf, planned.plannedOn),
        plannedId: planned.id,
        title: planned.title,
      });
    }
    const limit = selfStudyLimit(planned);
    if (limit && ahead(limit)) {
      items.push({
        source: 'self_study',
        uid: deadlineEventUid(`planned-${planned.id}`, 'self_study_limit', limit),
        date: limit,
        daysLeft: daysBetween(asOf, limit),
        plannedId: planned.id,
        title: planned.title,
      });
    }
  }
  return items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.uid < b.uid ? -1 : 1));
}

/** What is due within `days` days from today (today included). */
export function dueWithin(items: readonly UpcomingItem[], days: number): UpcomingItem[] {
  return items.filter((item) => item.daysLeft <= days);
}
