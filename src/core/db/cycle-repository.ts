import type Database from 'better-sqlite3';
import { type PastCycle, type PastCycleFacts, pastCycleSchema } from '../../domain/cycle-history';

interface CycleRow {
  credential_id: number;
  started_on: string;
  ended_on: string;
  ending: string;
  stated_on: string;
  next_started_on: string;
  evaluation: string;
}

function toPastCycle(row: CycleRow): PastCycle {
  return pastCycleSchema.parse({
    credentialId: row.credential_id,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    ending: row.ending,
    statedOn: row.stated_on,
    nextStartedOn: row.next_started_on,
    evaluation: JSON.parse(row.evaluation) as unknown,
  });
}

/** Every finished cycle, by credential, oldest first (credentials in the trash included: restoring brings them back). */
export function listPastCycles(db: Database.Database, credentialId?: number): PastCycle[] {
  const rows = (
    credentialId === undefined
      ? db.prepare('SELECT * FROM credential_cycles ORDER BY credential_id, next_started_on').all()
      : db
          .prepare('SELECT * FROM credential_cycles WHERE credential_id = ? ORDER BY next_started_on')
          .all(credentialId)
  ) as CycleRow[];
  return rows.map(toPastCycle);
}

/**
 * Every finished cycle's dates and the activities it counted, oldest first, read inside
 * SQLite: every evaluation needs these, and parsing each frozen evaluation would cost more
 * than the evaluation itself.
 */
export function listPastCycleFacts(db: Database.Database): PastCycleFacts[] {
  const rows = db
    .prepare(
      `SELECT credential_id, started_on, ended_on, stated_on, next_started_on,
         (SELECT json_group_array(json_extract(a.value, '$.activityId'))
            FROM json_each(evaluation, '$.activities') AS a
           WHERE json_extract(a.value, '$.counted') > 0) AS counted
       FROM credential_cycles ORDER BY credential_id, next_started_on`,
    )
    .all() as (Omit<CycleRow, 'ending' | 'evaluation'> & { counted: string })[];
  return rows.map((row) => ({
    credentialId: row.credential_id,
    startedOn: row.started_on,
    endedOn: row.ended_on,
    statedOn: row.stated_on,
    nextStartedOn: row.next_started_on,
    countedActivityIds: JSON.parse(row.counted) as number[],
  }));
}

export function addPastCycle(db: Database.Database, cycle: PastCycle, now: () => Date): void {
  db.prepare(
    `INSERT INTO credential_cycles
       (credential_id, started_on, ended_on, ending, stated_on, next_started_on, evaluation, recorded_at)
     VALUES (@credentialId, @startedOn, @endedOn, @ending, @statedOn, @nextStartedOn, @evaluation, @recordedAt)`,
  ).run({ ...cycle, evaluation: JSON.stringify(cycle.evaluation), recordedAt: now().toISOString() });
}

/** Removes the credential's latest finished cycle, which makes it current again; null when there is none. */
export function removeLastPastCycle(db: Database.Database, credentialId: number): PastCycle | null {
  const row = db
    .prepare('SELECT * FROM credential_cycles WHERE credential_id = ? ORDER BY next_started_on DESC LIMIT 1')
    .get(credentialId) as (CycleRow & { id: number }) | undefined;
  if (!row) return null;
  db.prepare('DELETE FROM credential_cycles WHERE id = ?').run(row.id);
  return toPastCycle(row);
}
