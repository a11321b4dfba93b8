import type Database from 'better-sqlite3';
import { type RulePack, rulePackSchema } from '../../domain/rule-pack';
import { upgradeRulePack } from '../../domain/upgrade-pack';
import { UserError } from '../errors';

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
    throw new UserError(
      'CONFLICT',
      `"${pack.id}" is the id of a built-in rule pack. Choose another id for your own pack; to change a built-in pack for your credential, edit the credential's overrides instead.`,
    );
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
    const trash =
      inUse.trashed > 0
        ? ` (${inUse.trashed} of them in the trash: empty the trash or restore and change ${inUse.trashed === 1 ? 'it' : 'them'})`
        : '';
    throw new UserError(
      'CONFLICT',
      `This rule pack is used by ${inUse.n} credential${inUse.n === 1 ? '' : 's'}${trash}. Change or delete those credentials first.`,
    );
  }
  db.prepare('DELETE FROM custom_rule_packs WHERE id = ?').run(id);
}
