import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackupArchive, takeSnapshot } from '../../src/core/backup';
import { Portfolio } from '../../src/core/portfolio';
import type { ActivityInput } from '../../src/domain/portfolio';
import { type RecoveryQuestions, offerRestoreOfDamaged } from '../../electron/main/recover-damaged';
import { removeTempDirs, tempDir } from '../core/fixtures';

/**
 * A damaged database at start-up: the app offers the newest backup (or a backup file)
 * instead of only saying "restore a backup", which it could not then do.
 */
afterEach(() => removeTempDirs());

const course = (i: number): ActivityInput => ({
  title: `Course ${i} on ${'infection control and patient safety '.repeat(4)}`,
  provider: 'AAMA',
  kind: 'online_course',
  delivery: 'online',
  completedOn: '2026-03-02',
  description: `Notes for course ${i}: ${'x'.repeat(400)}`,
});

/** A portfolio with a snapshot and a backup file, then its database damaged in the middle. */
async function damagedPortfolio() {
  const dataDir = tempDir('ceu-damaged-');
  const portfolio = Portfolio.open({ dataDir });
  for (let i = 0; i < 400; i++) portfolio.saveActivity(course(i));
  await takeSnapshot(portfolio, path.join(dataDir, 'backups'));
  const file = path.join(tempDir('ceu-usb-'), 'backup.ceubackup');
  await createBackupArchive(portfolio, file);
  portfolio.close();
  const db = path.join(dataDir, 'portfolio.db');
  const size = fs.statSync(db).size;
  const fd = fs.openSync(db, 'r+');
  fs.writeSync(fd, Buffer.alloc(4096 * 4, 0x5a), 0, 4096 * 4, Math.floor(size / 2 / 4096) * 4096);
  fs.closeSync(fd);
  let damage = '';
  try {
    Portfolio.open({ dataDir }).close();
  } catch (error) {
    damage = (error as Error).message;
  }
  expect(damage).toMatch(/is damaged/);
  return { dataDir, file, damage };
}

function answering(choice: string, file: string | null = null) {
  const asked: { message: string; buttons: string[] }[] = [];
  const told: string[] = [];
  const questions: RecoveryQuestions = {
    ask: (question) => {
      asked.push(question);
      return question.buttons.findIndex((b) => b.startsWith(choice));
    },
    chooseBackupFile: () => file,
    tell: (message) => void told.push(message),
  };
  return { questions, asked, told };
}

describe('a damaged portfolio at start-up', () => {
  it('is restored from the newest backup when the person says so, the damaged one kept aside', async () => {
    const { dataDir, damage } = await damagedPortfolio();
    const { questions, asked } = answering('Restore the backup made');
    expect(await offerRestoreOfDamaged(dataDir, damage, questions, (iso) => iso)).toBe(true);
    expect(asked[0]!.buttons).toEqual([
      expect.stringMatching(/^Restore the backup made \d{4}-/),
      'Choose a backup file…',
      'Quit',
    ]);
    const portfolio = Portfolio.open({ dataDir });
    expect(portfolio.listActivities()).toHaveLength(400);
    portfolio.close();
    const previous = fs.readdirSync(path.join(dataDir, 'previous'));
    expect(fs.existsSync(path.join(dataDir, 'previous', previous[0]!, 'portfolio.db'))).toBe(true);
  });

  it('is restored from a backup file the person chooses', async () => {
    const { dataDir, file, damage } = await damagedPortfolio();
    const { questions } = answering('Choose a backup file', file);
    expect(await offerRestoreOfDamaged(dataDir, damage, questions, (iso) => iso)).toBe(true);
    const portfolio = Portfolio.open({ dataDir });
    expect(portfolio.listActivities()).toHaveLength(400);
    portfolio.close();
  });

  it('changes nothing when the person quits, or when the backup cannot be used', async () => {
    const { dataDir, damage } = await damagedPortfolio();
    const before = fs.readFileSync(path.join(dataDir, 'portfolio.db'));
    expect(await offerRestoreOfDamaged(dataDir, damage, answering('Quit').questions, (iso) => iso)).toBe(
      false,
    );
    const notABackup = path.join(tempDir('ceu-fake-'), 'notes.ceubackup');
    fs.writeFileSync(notABackup, 'just notes');
    const { questions, told } = answering('Choose a backup file', notABackup);
    expect(await offerRestoreOfDamaged(dataDir, damage, questions, (iso) => iso)).toBe(false);
    expect(told[0]).toMatch(/Nothing was changed/);
    expect(fs.readFileSync(path.join(dataDir, 'portfolio.db')).equals(before)).toBe(true);
  });
});
