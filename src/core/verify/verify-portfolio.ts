import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { VerifyProblem, VerifyReport } from '../../domain/verify-report';
import { translator } from '../../domain/i18n/translator';
import { verifyProblemWords } from '../../domain/i18n/verify-words';
import type { Portfolio } from '../portfolio';
import { leftoverFiles, unusedCertificateFiles } from './repair-data-folder';

/** A problem as found: its code and what it concerns; the words come from the catalog. */
type Found = Pick<VerifyProblem, 'code'> & { subject: NonNullable<VerifyProblem['subject']> };

/**
 * A full check of one portfolio, read only: the whole database (integrity and links),
 * every certificate file against its SHA-256, and files nothing names. Safe while the
 * app has the portfolio open.
 */
export function verifyPortfolio(portfolio: Portfolio): VerifyReport {
  const problems: Found[] = [];
  const db = portfolio.db;

  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') {
    problems.push({
      code: 'DATABASE_DAMAGED',
      subject: {},
    });
  }
  const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const row of broken) {
    problems.push({
      code: 'BROKEN_LINK',
      subject: { table: row.table, rowid: row.rowid, parent: row.parent },
    });
  }

  const certificates = db.prepare('SELECT sha256, file_name FROM certificates').all() as {
    sha256: string;
    file_name: string;
  }[];
  for (const { sha256, file_name } of certificates) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(portfolio.certificates.pathOf(sha256));
    } catch {
      problems.push({
        code: 'CERTIFICATE_MISSING',
        subject: { fileName: file_name, sha256 },
      });
      continue;
    }
    if (crypto.createHash('sha256').update(bytes).digest('hex') !== sha256) {
      problems.push({
        code: 'CERTIFICATE_CHANGED',
        subject: { fileName: file_name, sha256 },
      });
    }
  }

  for (const file of unusedCertificateFiles(portfolio)) {
    problems.push({
      code: 'UNUSED_FILE',
      subject: { path: path.relative(portfolio.paths.dataDir, file) },
    });
  }
  const { dataDir, certificatesDir, preparedImagesDir } = portfolio.paths;
  for (const file of leftoverFiles(dataDir, certificatesDir, preparedImagesDir)) {
    problems.push({
      code: 'LEFTOVER_FILE',
      subject: { path: path.relative(portfolio.paths.dataDir, file) },
    });
  }

  const activities = (db.prepare('SELECT COUNT(*) AS n FROM activities').get() as { n: number }).n;
  const english = translator('en');
  return {
    activities,
    certificatesChecked: certificates.length,
    problems: problems.map((problem) => ({ ...problem, ...verifyProblemWords(problem, english) })),
  };
}
