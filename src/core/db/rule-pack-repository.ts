import type Database from 'better-sqlite3';
import { type RulePack, rulePackSchema } from '../../domain/rule-pack';
import { upgradeRulePack } from '../../domain/upgrade-pack';
import { userError } from '../errors';

export function listCustomRulePacks(db: Database.Database): RulePack[] {
  const rows = db.prepare('SELECT pack FROM custom_rule_packs ORDER BY id').all() as { pack: string }[];
  const packs: RulePack[] = [];
  for (const row of rows) {
    const parsed = rulePackSchema.safeParse(upgradeRulePack(JSON.parse(row.pack)));
    // A pack saved by an older version that no longer validates is skipped rather than
    // breaking the whole app; the credential that uses it says its pack is missing.
    if (parsed.success) packs.push({ ...parsed.data, builtIn: false });
  }
  return packs;
}

export function saveCustomRulePack(
  db: Database.Database,
  input: unknown,
  builtInIds: ReadonlySet<string>,
  now: () => Date = () => new Date(),
): RulePack {
  const pack = { ...rulePackSchema.parse(input), builtIn: false };
  if (builtInIds.has(pack.id)) {
    throw userError('CONFLICT', { key: 'coreErrors.builtInPackId', values: { id: pack.id } });
  }
  db.prepare(
    `INSERT INTO custom_rule_packs (id, pack, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET pack = excluded.pack, updated_at = excluded.updated_at`,
  ).run(pack.id, JSON.stringify(pack), now().toISOString());
  return pack;
}

export function deleteCustomRulePack(db: Database.Database, id: string): void {
  const inUse = db
    .prepare('SELECT COUNT(*) AS n, COUNT(deleted_at) AS trashed FROM credentials WHERE rule_pack_id = ?')
    .get(id) as { n: number; trashed: number };
  if (inUse.n > 0) {
    // A credential in the trash still needs its pack: it can be restored for 30 days.
    throw userError('CONFLICT', {
      key: 'coreErrors.packInUse',
      values: { count: inUse.n, trashed: inUse.trashed },
    });
  }
  db.prepare('DELETE FROM custom_rule_packs WHERE id = ?').run(id);
}
