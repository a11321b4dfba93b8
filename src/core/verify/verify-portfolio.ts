import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { VerifyProblem, VerifyReport } from '../../domain/verify-report';
import type { Portfolio } from '../portfolio';
import { leftoverFiles, unusedCertificateFiles } from './repair-data-folder';

const restoreAdvice =
  'Restore your latest backup (Portfolio > Restore in the app, or "ceu restore"), then add anything you entered since.';

/**
 * A full check of one portfolio, read only: the whole database (integrity and links),
 * every certificate file against its SHA-256, and files nothing names. Safe while the
 * app has the portfolio open.
 */
export function verifyPortfolio(portfolio: Portfolio): VerifyReport {
  const problems: VerifyProblem[] = [];
  const db = portfolio.db;

  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') {
    problems.push({
      code: 'DATABASE_DAMAGED',
      concerns: 'portfolio.db',
      advice: `The database is damaged. ${restoreAdvice}`,
    });
  }
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of broken) {
    problems.push({
      code: 'BROKEN_LINK',
      concerns: `${row.table} record ${row.rowid}`,
      advice: `It points to a ${row.parent} record that no longer exists. ${restoreAdvice}`,
    });
  }

  const certificates = db.prepare('SELECT sha256, file_name FROM certificates').all() as {
    sha256: string;
    file_name: string;
  }[];
  for (const { sha256, file_name } of certificates) {
    const concerns = `certificate "${file_name}" (${sha256.slice(0, 12)}…)`;
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(portfolio.certificates.pathOf(sha256));
    } catch {
      problems.push({
        code: 'CERTIFICATE_MISSING',
        concerns,
        advice:
          'Its file is missing from the data folder. Attach the certificate again to the activities that use it, or restore a backup.',
      });
      continue;
    }
    if (crypto.createHash('sha256').update(bytes).digest('hex') !== sha256) {
      problems.push({
        code: 'CERTIFICATE_CHANGED',
        concerns,
        advice:
          'Its file has been changed or damaged on disk. Attach the certificate again, or restore a backup.',
      });
    }
  }

  for (const file of unusedCertificateFiles(portfolio)) {
    problems.push({
      code: 'UNUSED_FILE',
      concerns: path.relative(portfolio.paths.dataDir, file),
      advice:
        'No record uses this file. "Delete certificate files no activity uses" (Portfolio menu) removes it, a day after it was added.',
    });
  }
  for (const file of leftoverFiles(portfolio.paths.dataDir, portfolio.paths.certificatesDir)) {
    problems.push({
      code: 'LEFTOVER_FILE',
      concerns: path.relative(portfolio.paths.dataDir, file),
      advice:
        'A save that was interrupted left this temporary file. It is removed the next time the app opens the portfolio.',
    });
  }

  const activities = (db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number }).n;
  return { activities, certificatesChecked: certificates.length, problems };
}
