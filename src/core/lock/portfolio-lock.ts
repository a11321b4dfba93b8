import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { type SaidAs, userError, type UserError } from '../errors';

/** Who writes to a portfolio: the app, or one `ceu` command ("cli:import"). */
export type LockHolder = 'app' | `cli:${string}`;

export interface HolderRecord {
  holder: LockHolder;
  pid: number;
  since: string;
}

export interface PortfolioLock {
  release(): Promise<void>;
}

// proper-lockfile makes a directory (atomic everywhere, network drives included) and
// refreshes its mtime while held; a holder killed with SIGKILL stops refreshing, so its
// lock counts as abandoned after `staleMs`.
const staleMs = 5000;
const lockName = 'writer.lock';
const holderName = 'writer.json';

/**
 * Takes the one-writer lock on a data folder, held by whoever owns the portfolio (the
 * app's main process, or a `ceu` command that writes). Not taken by Portfolio.open:
 * readers (the packet worker, read-only commands) open the database while it is held.
 * A `ceu` command waits up to `waitMs` for another `ceu` command; it never waits for the app.
 */
export async function acquirePortfolioLock(
  dataDir: string,
  options: { holder: LockHolder; waitMs?: number; onLost?: () => void },
): Promise<PortfolioLock> {
  const waitUntil = Date.now() + (options.waitMs ?? (options.holder === 'app' ? 0 : 5000));
  for (;;) {
    try {
      return acquirePortfolioLockNow(dataDir, options);
    } catch (error) {
      const current = (error as UserError).details as HolderRecord | undefined;
      if (
        (error as UserError).code !== 'PORTFOLIO_IN_USE' ||
        current?.holder === 'app' ||
        Date.now() >= waitUntil
      )
        throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** Takes the lock at once or throws PORTFOLIO_IN_USE naming the holder; for the app's synchronous start. */
export function acquirePortfolioLockNow(
  dataDir: string,
  options: { holder: LockHolder; onLost?: () => void },
): PortfolioLock {
  fs.mkdirSync(dataDir, { recursive: true });
  let unlock: () => void;
  try {
    unlock = lockfile.lockSync(dataDir, {
      lockfilePath: path.join(dataDir, lockName),
      stale: staleMs,
      realpath: false,
      // A lock lost (the computer slept past the stale time and another writer took
      // over) cannot be repaired from here; the owner decides what to tell the person.
      onCompromised: () => options.onLost?.(),
    });
  } catch (error) {
    if ((error as { code?: string }).code !== 'ELOCKED') throw error;
    throw inUse(dataDir, readLockHolder(dataDir));
  }
  writeHolder(dataDir, options.holder);
  return {
    release: async () => {
      // Only our own record: after a takeover (we slept past the stale time) it is the new holder's.
      if (readLockHolder(dataDir)?.pid === process.pid)
        fs.rmSync(path.join(dataDir, holderName), { force: true });
      try {
        unlock();
      } catch {
        // Already released or taken over as stale: nothing of ours is left to remove.
      }
    },
  };
}

/** Who holds the lock now, if anyone does and said so. */
export function readLockHolder(dataDir: string): HolderRecord | null {
  if (!fs.existsSync(path.join(dataDir, lockName))) return null;
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, holderName), 'utf8')) as HolderRecord;
  } catch {
    return null;
  }
}

function writeHolder(dataDir: string, holder: LockHolder): void {
  const record: HolderRecord = { holder, pid: process.pid, since: new Date().toISOString() };
  fs.writeFileSync(path.join(dataDir, holderName), JSON.stringify(record));
}

function inUse(dataDir: string, current: HolderRecord | null): UserError {
  const said: SaidAs =
    current === null
      ? { key: 'coreErrors.lockedUnknown', values: { dataDir } }
      : current.holder === 'app'
        ? { key: 'coreErrors.lockedByApp' }
        : {
            key: 'coreErrors.lockedByCli',
            values: { command: current.holder.slice(4), pid: String(current.pid) },
          };
  return userError('PORTFOLIO_IN_USE', said, current ?? undefined);
}
