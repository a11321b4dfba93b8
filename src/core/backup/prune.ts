import fs from 'node:fs';
import path from 'node:path';
import { syncDirectory } from '../write-file-atomic';
import { type RetentionPolicy, snapshotsToKeep } from './retention';
import { listSnapshots, readSnapshotManifest } from './snapshot';
import { timeOfSnapshot } from './snapshot-names';

export interface PruneResult {
  removedSnapshots: string[];
  removedCertificates: number;
  bytesFreed: number;
}

/**
 * Removes snapshots the policy does not keep, then shared certificates that no remaining
 * snapshot names (and leftovers of an interrupted snapshot). A snapshot goes first, its
 * certificates after, so a crash in between only leaves extra certificates behind.
 */
export function pruneSnapshots(backupDir: string, policy: RetentionPolicy, now: Date): PruneResult {
  const snapshots = listSnapshots(backupDir);
  const keep = snapshotsToKeep(snapshots, policy, now);
  const removedSnapshots: string[] = [];
  let bytesFreed = 0;
  for (const s of snapshots) {
    if (keep.has(s.name)) continue;
    bytesFreed += sizeOf(path.join(s.path, 'portfolio.db'));
    fs.rmSync(s.path, { recursive: true, force: true });
    removedSnapshots.push(s.name);
  }
  const snapshotsDir = path.join(backupDir, 'snapshots');
  if (fs.existsSync(snapshotsDir)) {
    for (const entry of fs.readdirSync(snapshotsDir))
      if (entry.startsWith('.tmp-'))
        fs.rmSync(path.join(snapshotsDir, entry), { recursive: true, force: true });
    syncDirectory(snapshotsDir);
  }

  // Every snapshot folder still there counts, even one whose manifest cannot be read
  // now: its certificates are only removed when nothing could still need them.
  const named = new Set<string>();
  let unreadable = false;
  if (fs.existsSync(snapshotsDir)) {
    for (const entry of fs.readdirSync(snapshotsDir)) {
      if (!timeOfSnapshot(entry)) continue;
      const manifest = readSnapshotManifest(path.join(snapshotsDir, entry));
      if (!manifest) unreadable = true;
      for (const f of manifest?.files ?? []) if (f.path.startsWith('certificates/')) named.add(f.sha256);
    }
  }
  let removedCertificates = 0;
  const sharedDir = path.join(backupDir, 'certificates');
  if (!unreadable && fs.existsSync(sharedDir)) {
    for (const entry of fs.readdirSync(sharedDir)) {
      if (named.has(entry)) continue;
      const file = path.join(sharedDir, entry);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (!stat?.isFile()) continue;
      fs.rmSync(file, { force: true });
      bytesFreed += stat.size;
      if (/^[0-9a-f]{64}$/.test(entry)) removedCertificates++;
    }
    syncDirectory(sharedDir);
  }
  return { removedSnapshots, removedCertificates, bytesFreed };
}

function sizeOf(file: string): number {
  return fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}
