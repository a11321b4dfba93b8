import type { Activity, Certificate } from '../../domain/portfolio';
import type { ActivityStanding } from '../../domain/evaluation';
import type { PDFPage } from '@cantoo/pdf-lib';
import type { PacketSource } from './types';

/** One exhibit: the certificates of one activity in the log, under one number. */
export interface ExhibitPlan {
  number: number;
  activity: Activity;
  standing: ActivityStanding;
  certificates: Certificate[];
  /** Outside credit on a packet with an approved-provider rule: print the course description. */
  describe: boolean;
  /** The exhibit's first page, once placed. */
  startPage: PDFPage | null;
}

export interface LoggedActivity {
  activity: Activity;
  standing: ActivityStanding;
  exhibit: ExhibitPlan | null;
}

export interface NotCountedActivity {
  activity: Activity;
  standing: ActivityStanding | null;
}

export interface PlannedCertificate {
  certificate: Certificate;
  exhibit: ExhibitPlan;
  /** 1-based position among the exhibit's certificates. */
  index: number;
}

export interface PacketPlan {
  logged: LoggedActivity[];
  notCounted: NotCountedActivity[];
  exhibits: ExhibitPlan[];
  certificates: PlannedCertificate[];
}

function byCompletion(a: Activity, b: Activity): number {
  return a.completedOn.localeCompare(b.completedOn) || a.title.localeCompare(b.title) || a.id - b.id;
}

/** Whether the pack asks for proof of outside credit (the AAMA's approved-provider rule). */
export function wantsCourseDescriptions(source: PacketSource): boolean {
  return source.pack.id === 'aama-cma' || source.pack.approvedProviders != null;
}

/**
 * Decides what the packet contains: the activities whose credit counts (in whole or in
 * part) form the log and the exhibits, in order of completion; the rest go to the
 * "not counted" section.
 */
export function planPacket(source: PacketSource): PacketPlan {
  const standings = new Map(source.evaluation.activities.map((standing) => [standing.activityId, standing]));
  const describeOutside = wantsCourseDescriptions(source);
  const sorted = [...source.activities].sort(byCompletion);

  const logged: LoggedActivity[] = [];
  const notCounted: NotCountedActivity[] = [];
  const exhibits: ExhibitPlan[] = [];
  const certificates: PlannedCertificate[] = [];

  for (const activity of sorted) {
    const standing = standings.get(activity.id);
    if (!standing || standing.outcome === 'not_counted') {
      notCounted.push({ activity, standing: standing ?? null });
      continue;
    }
    if (standing.outcome === 'partly') notCounted.push({ activity, standing });
    const describe = describeOutside && !standing.approvedProvider;
    let exhibit: ExhibitPlan | null = null;
    if (activity.certificates.length > 0 || describe) {
      exhibit = {
        number: exhibits.length + 1,
        activity,
        standing,
        certificates: activity.certificates,
        describe,
        startPage: null,
      };
      exhibits.push(exhibit);
      activity.certificates.forEach((certificate, i) =>
        certificates.push({ certificate, exhibit: exhibit!, index: i + 1 }),
      );
    }
    logged.push({ activity, standing, exhibit });
  }
  return { logged, notCounted, exhibits, certificates };
}
