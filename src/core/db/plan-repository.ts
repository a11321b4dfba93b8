import type Database from 'better-sqlite3';
import { type CatalogueItem, catalogueItemSchema } from '../../domain/plan/catalogue';
import type { PlannedActivity, PlannedActivityFields } from '../../domain/plan/planned';
import type { Credit } from '../../domain/portfolio';
import { userError } from '../errors';

interface PlannedRow {
  id: number;
  title: string;
  provider: string;
  approving_body: string;
  kind: string;
  delivery: string;
  planned_on: string;
  duration_minutes: number | null;
  cost: number | null;
  notes: string;
  credits: string;
  credential_ids: string;
  catalogue_item_id: string | null;
  bought_on: string | null;
  created_at: string;
  updated_at: string;
}

function toPlanned(row: PlannedRow, liveCredentials: ReadonlySet<number>): PlannedActivity {
  return {
    id: row.id,
    title: row.title,
    provider: row.provider,
    approvingBody: row.approving_body,
    kind: row.kind as PlannedActivity['kind'],
    delivery: row.delivery as PlannedActivity['delivery'],
    plannedOn: row.planned_on,
    durationMinutes: row.duration_minutes,
    cost: row.cost,
    notes: row.notes,
    credits: JSON.parse(row.credits) as Credit[],
    // A credential deleted since (or in the trash) is not one the plan can count toward.
    credentialIds: (JSON.parse(row.credential_ids) as number[]).filter((id) => liveCredentials.has(id)),
    catalogueItemId: row.catalogue_item_id,
    boughtOn: row.bought_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function liveCredentialIds(db: Database.Database): Set<number> {
  const rows = db.prepare('SELECT id FROM credentials WHERE deleted_at IS NULL').all() as { id: number }[];
  return new Set(rows.map((row) => row.id));
}

/** Planned activities, soonest first. */
export function listPlanned(db: Database.Database): PlannedActivity[] {
  const live = liveCredentialIds(db);
  const rows = db.prepare('SELECT * FROM planned_activities ORDER BY planned_on, id').all() as PlannedRow[];
  return rows.map((row) => toPlanned(row, live));
}

export function getPlanned(db: Database.Database, id: number): PlannedActivity {
  const row = db.prepare('SELECT * FROM planned_activities WHERE id = ?').get(id) as PlannedRow | undefined;
  if (!row) throw userError('NOT_FOUND', { key: 'planning.errors.plannedGone' });
  return toPlanned(row, liveCredentialIds(db));
}

export function savePlanned(
  db: Database.Database,
  fields: PlannedActivityFields,
  id: number | undefined,
  now: Date,
): PlannedActivity {
  const live = liveCredentialIds(db);
  const unknown = fields.credentialIds.find((credentialId) => !live.has(credentialId));
  if (unknown !== undefined) throw userError('NOT_FOUND', { key: 'errors.credentialGone' });
  const params = {
    title: fields.title,
    provider: fields.provider,
    approvingBody: fields.approvingBody,
    kind: fields.kind,
    delivery: fields.delivery,
    plannedOn: fields.plannedOn,
    durationMinutes: fields.durationMinutes,
    cost: fields.cost,
    notes: fields.notes,
    credits: JSON.stringify(fields.credits),
    credentialIds: JSON.stringify([...new Set(fields.credentialIds)].sort((a, b) => a - b)),
    catalogueItemId: fields.catalogueItemId,
    boughtOn: fields.boughtOn,
    at: now.toISOString(),
  };
  if (id === undefined) {
    const result = db
      .prepare(
        `INSERT INTO planned_activities (title, provider, approving_body, kind, delivery, planned_on,
           duration_minutes, cost, notes, credits, credential_ids, catalogue_item_id, bought_on, created_at, updated_at)
         VALUES (@title, @provider, @approvingBody, @kind, @delivery, @plannedOn, @durationMinutes, @cost,
           @notes, @credits, @credentialIds, @catalogueItemId, @boughtOn, @at, @at)`,
      )
      .run(params);
    return getPlanned(db, Number(result.lastInsertRowid));
  }
  const result = db
    .prepare(
      `UPDATE planned_activities SET title = @title, provider = @provider, approving_body = @approvingBody,
         kind = @kind, delivery = @delivery, planned_on = @plannedOn, duration_minutes = @durationMinutes,
         cost = @cost, notes = @notes, credits = @credits, credential_ids = @credentialIds,
         catalogue_item_id = @catalogueItemId, bought_on = @boughtOn, updated_at = @at
       WHERE id = @id`,
    )
    .run({ ...params, id });
  if (result.changes === 0) throw userError('NOT_FOUND', { key: 'planning.errors.plannedGone' });
  return getPlanned(db, id);
}

export function deletePlanned(db: Database.Database, id: number): void {
  const result = db.prepare('DELETE FROM planned_activities WHERE id = ?').run(id);
  if (result.changes === 0) throw userError('NOT_FOUND', { key: 'planning.errors.plannedGone' });
}

/** The person's own catalogue items (an employer's training, a local workshop). */
export function listOwnItems(db: Database.Database): CatalogueItem[] {
  const rows = db.prepare('SELECT item FROM catalogue_items ORDER BY id').all() as { item: string }[];
  return rows.flatMap((row) => {
    const parsed = catalogueItemSchema.safeParse(JSON.parse(row.item));
    return parsed.success ? [{ ...parsed.data, custom: true }] : [];
  });
}

export function saveOwnItem(db: Database.Database, item: CatalogueItem, now: Date): void {
  db.prepare(
    `INSERT INTO catalogue_items (id, item, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET item = excluded.item, updated_at = excluded.updated_at`,
  ).run(item.id, JSON.stringify({ ...item, owned: false, custom: true }), now.toISOString());
}

export function deleteOwnItem(db: Database.Database, id: string): void {
  db.transaction(() => {
    const result = db.prepare('DELETE FROM catalogue_items WHERE id = ?').run(id);
    if (result.changes === 0) throw userError('NOT_FOUND', { key: 'planning.errors.itemGone' });
    db.prepare('DELETE FROM catalogue_owned WHERE item_id = ?').run(id);
  })();
}

/** Ids of the catalogue items the person already owns. */
export function listOwned(db: Database.Database): string[] {
  const rows = db.prepare('SELECT item_id FROM catalogue_owned ORDER BY item_id').all() as {
    item_id: string;
  }[];
  return rows.map((row) => row.item_id);
}

export function setOwned(db: Database.Database, itemId: string, owned: boolean, now: Date): void {
  if (owned) {
    db.prepare('INSERT OR IGNORE INTO catalogue_owned (item_id, set_at) VALUES (?, ?)').run(
      itemId,
      now.toISOString(),
    );
  } else {
    db.prepare('DELETE FROM catalogue_owned WHERE item_id = ?').run(itemId);
  }
}
