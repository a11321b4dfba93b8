import { useCallback, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ArchiveSummary, RestoreSummary, SnapshotTaken } from '../../domain/backup';
import type { JobProgress } from '../../domain/job';
import { runJob } from '../api/client';

export type BackupOutcome =
  | { kind: 'snapshot'; result: SnapshotTaken }
  | { kind: 'file'; result: ArchiveSummary }
  | { kind: 'restored'; result: RestoreSummary }
  | { kind: 'failed'; error: unknown };

export type RestoreFrom =
  { from: 'file' } | { from: 'snapshot'; name: string } | { from: 'previous'; name: string };

export const backupsKey = ['backups'] as const;

/**
 * One backup job at a time (a snapshot, a file, a restore): its progress, a way to stop
 * it, and what it came to. After a restore every screen reads the portfolio afresh.
 */
export function useBackupJob() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<BackupOutcome | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(
    async (
      start: (options: {
        signal: AbortSignal;
        onProgress: (p: JobProgress) => void;
      }) => Promise<BackupOutcome | null>,
    ) => {
      const abort = new AbortController();
      controller.current = abort;
      setRunning(true);
      setProgress(null);
      setOutcome(null);
      try {
        const result = await start({ signal: abort.signal, onProgress: setProgress });
        if (result) setOutcome(result);
      } catch (error) {
        setOutcome({ kind: 'failed', error });
      } finally {
        setRunning(false);
        controller.current = null;
        await queryClient.invalidateQueries({ queryKey: backupsKey });
      }
    },
    [queryClient],
  );

  const backUpNow = () =>
    run(async (options) => ({ kind: 'snapshot', result: await runJob('backUpNow', {}, options) }));
  const backUpToFile = () =>
    run(async (options) => {
      const result = await runJob('backUpToFile', {}, options);
      return result ? { kind: 'file', result } : null;
    });
  const restore = (from: RestoreFrom) =>
    run(async (options) => {
      const result = await runJob('restoreBackup', from, options);
      if (!result) return null;
      // Everything on every screen came from the portfolio that was just replaced.
      await queryClient.invalidateQueries();
      return { kind: 'restored', result };
    });

  return {
    running,
    progress,
    outcome,
    backUpNow,
    backUpToFile,
    restore,
    cancel: () => controller.current?.abort(),
    clearOutcome: () => setOutcome(null),
  };
}
