/**
 * A writer for the SIGKILL suite, run in its own process and killed at a random moment.
 * It reports on stdout each thing it has COMMITTED, one line each, only after the call
 * that saves it has returned: the parent then checks every reported record is there.
 *
 *   tsx crash-child.ts DATA_DIR save           saves activities with new certificates, forever
 *   tsx crash-child.ts DATA_DIR import FILE    imports the portfolio file, forever
 *   tsx crash-child.ts DATA_DIR trash          moves activities to the trash and back, forever
 *   tsx crash-child.ts DATA_DIR backup FILE    writes a backup file over FILE, forever
 */
import crypto from 'node:crypto';
import { createBackupArchive } from '../../../src/core/backup';
import { importPortfolio } from '../../../src/core/exchange';
import { Portfolio } from '../../../src/core/portfolio';

const [dataDir, mode, file] = process.argv.slice(2);
if (!dataDir || !mode) throw new Error('usage: crash-child DATA_DIR save|import FILE|trash');

const portfolio = Portfolio.open({ dataDir });
const credentialId =
  portfolio.listCredentials()[0]?.id ??
  portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' }).id;
const say = (line: string) => process.stdout.write(`${line}\n`);

/** A small valid PDF whose bytes are unique to `n`, so each is a new certificate file. */
function uniquePdf(n: string): Uint8Array {
  const body = `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${n} ${crypto.randomBytes(2048).toString('hex')}\ntrailer << /Root 1 0 R >>\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function main(): Promise<void> {
  say('ready');
  for (let i = 0; ; i++) {
    if (mode === 'save') {
      const certificate = portfolio.certificates.add(
        `certificate-${i}.pdf`,
        uniquePdf(`${process.pid}-${i}`),
      );
      const saved = portfolio.saveActivity({
        title: `Course ${process.pid}-${i}`,
        provider: 'Crash test provider',
        kind: 'online_course',
        delivery: 'online',
        completedOn: '2025-05-01',
        credits: [{ amount: 1, unit: 'aama_ceu', category: 'general' }],
        credentialIds: [credentialId],
        certificateHashes: [certificate.sha256],
      });
      say(`saved ${saved.id} ${certificate.sha256}`);
    } else if (mode === 'import' && file) {
      const counts = await importPortfolio(portfolio, file);
      say(`imported ${counts.activities}`);
    } else if (mode === 'backup' && file) {
      const written = await createBackupArchive(portfolio, file);
      say(`backed-up ${written.size}`);
    } else if (mode === 'trash') {
      const activity = portfolio.listActivities()[0];
      if (!activity) throw new Error('nothing to move to the trash');
      portfolio.deleteActivity(activity.id);
      say(`trashed ${activity.id}`);
      portfolio.restoreFromTrash({ kind: 'activity', id: activity.id });
      say(`restored ${activity.id}`);
    } else {
      throw new Error(`unknown mode ${mode}`);
    }
  }
}

void main();
