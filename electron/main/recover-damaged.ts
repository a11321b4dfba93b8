import { translator } from '../../src/domain/i18n/translator';
import type { Say } from './dialog-words';
import { backupsOverview, restorePortfolio, snapshotPath } from '../../src/core/backup';

/** How the app asks the person (native message boxes in the app; answered by tests here). */
export interface RecoveryQuestions {
  /** Shows the question and returns the index of the button chosen. */
  ask(question: { message: string; detail: string; buttons: string[] }): number;
  /** Asks for a backup file; null when the person cancels. */
  chooseBackupFile(): string | null;
  /** Says why the restore did not work. */
  tell(message: string): void;
}

/**
 * A portfolio whose database is damaged is never opened for writing. Instead of only
 * telling the person to restore a backup (which the app could not then do, since it
 * cannot open), the app offers it there and then: the newest snapshot, or a backup file.
 * Returns true when a backup was restored, so the app can open the portfolio again. The
 * caller holds the folder's lock; the damaged files are kept aside in previous/.
 */
export async function offerRestoreOfDamaged(
  dataDir: string,
  damage: string,
  questions: RecoveryQuestions,
  formatTime: (iso: string) => string,
  nativeBinding?: string,
  say: Say = translator('en'),
): Promise<boolean> {
  const newest = backupsOverview(dataDir).snapshots[0];
  const buttons = [
    ...(newest ? [say('dialogs.restoreNewest', { when: formatTime(newest.createdAt) })] : []),
    say('dialogs.chooseBackupFile'),
    say('dialogs.quit'),
  ];
  const choice = questions.ask({
    message: say('dialogs.damagedTitle'),
    detail: say('dialogs.damagedDetail', { damage }),
    buttons,
  });
  let source: string | null = null;
  if (newest && choice === 0) source = snapshotPath(dataDir, newest.name);
  else if (buttons[choice] === say('dialogs.chooseBackupFile')) source = questions.chooseBackupFile();
  if (!source) return false;
  try {
    await restorePortfolio(dataDir, source, { nativeBinding });
    return true;
  } catch (error) {
    questions.tell(error instanceof Error ? error.message : String(error));
    return false;
  }
}
