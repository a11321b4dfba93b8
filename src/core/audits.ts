import { type Audit, type AuditInput, auditInputSchema, isAudited } from '../domain/audit';
import type { Activity } from '../domain/portfolio';
import * as repository from './db/audit-repository';
import { type SaidAs, userError } from './errors';
import { saidOfIssue } from './exchange/problems';
import type { Portfolio } from './portfolio';

/**
 * Audits the person has received: recorded with their reference and deadline, answered
 * with a packet of just the audited activities, and kept in view until marked answered.
 */

export function listAudits(portfolio: Portfolio): Audit[] {
  return repository.listAudits(portfolio.db);
}

export function getAudit(portfolio: Portfolio, id: number): Audit {
  return repository.getAudit(portfolio.db, id);
}

export function saveAudit(portfolio: Portfolio, input: AuditInput, id?: number): Audit {
  const parsed = auditInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const said = issues.map((issue) => saidOfIssue(issue) ?? issue.message);
    const list = said.reduceRight<SaidAs | string>(
      (rest, first) =>
        rest === '' ? first : { key: 'coreErrors.listJoinSemicolon', values: { first, rest } },
      '',
    );
    throw userError('INVALID_INPUT', { key: 'coreErrors.fixEntered', values: { list } }, { issues });
  }
  const fields = parsed.data;
  // The credential must exist (a NOT_FOUND in words), and every chosen activity must be
  // one of its own: an audit of a CMA cannot include a course claimed only for the CCMA.
  portfolio.getCredential(fields.credentialId);
  const own = new Set(activitiesOf(portfolio, fields.credentialId).map((activity) => activity.id));
  const strangers = fields.activityIds.filter((activityId) => !own.has(activityId));
  if (strangers.length > 0) {
    throw userError('INVALID_INPUT', { key: 'coreErrors.notClaimed', values: { count: strangers.length } });
  }
  return repository.saveAudit(portfolio.db, fields, id, portfolio.now());
}

/** Marks the audit answered today, or open again. */
export function setAuditAnswered(portfolio: Portfolio, id: number, answered: boolean): Audit {
  return repository.setAuditAnswered(portfolio.db, id, answered ? portfolio.today() : null);
}

export function deleteAudit(portfolio: Portfolio, id: number): void {
  repository.deleteAudit(portfolio.db, id);
}

/** The credential's activities, oldest first. */
function activitiesOf(portfolio: Portfolio, credentialId: number): Activity[] {
  return portfolio.listActivities().filter((activity) => activity.credentialIds.includes(credentialId));
}

/** The activities an audit covers, oldest first: the ones chosen and those completed in its period. */
export function auditedActivities(portfolio: Portfolio, audit: Audit): Activity[] {
  return activitiesOf(portfolio, audit.credentialId)
    .filter((activity) => isAudited(audit, activity))
    .sort((a, b) => a.completedOn.localeCompare(b.completedOn) || a.id - b.id);
}
