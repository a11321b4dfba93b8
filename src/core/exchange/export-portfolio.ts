import fs from 'node:fs';
import path from 'node:path';
import type { Activity, Credential } from '../../domain/portfolio';
import { type CertificateMediaType, extensionFor } from '../certificates/detect-type';
import { type SaidAs, userError } from '../errors';
import type { Portfolio } from '../portfolio';
import { writeFileAtomic } from '../write-file-atomic';
import {
  exchangeFormatName,
  exchangeFormatVersion,
  type ExchangePastCycle,
  type PortfolioFileInput,
} from './format';

export const portfolioFileName = 'portfolio.json';
export const certificatesFolderName = 'certificates';

const exportedCertificatePattern = /^[0-9a-f]{64}\.[a-z0-9]+$/;

/**
 * Writes the whole portfolio to a folder: portfolio.json (docs/portfolio-json.md) and a
 * copy of every certificate under certificates/<sha256>.<ext>. Every certificate is
 * read back and checked against its hash before anything is written; portfolio.json
 * is written after the copies, atomically, and copies an earlier export left that it no
 * longer names are removed only after that: at every moment (a crash included) the
 * folder's portfolio.json names only files that are there.
 */
export async function exportPortfolio(portfolio: Portfolio, targetDir: string): Promise<{ path: string }> {
  const dir = path.resolve(targetDir);
  checkTarget(dir);

  const activities = [...portfolio.listActivities()].sort((a, b) => a.id - b.id);
  const certificates = await readAllCertificates(portfolio, activities);

  const certificatesDir = path.join(dir, certificatesFolderName);
  for (const { bytes, file } of certificates.values()) {
    const target = path.join(dir, file);
    if (!sameSize(target, bytes.length)) writeFileAtomic(target, bytes);
  }

  const document = toDocument(portfolio, activities, certificates);
  const jsonPath = path.join(dir, portfolioFileName);
  writeFileAtomic(jsonPath, `${JSON.stringify(document, null, 2)}\n`);

  removeStaleCopies(certificatesDir, new Set([...certificates.values()].map((c) => path.basename(c.file))));
  return { path: jsonPath };
}

/**
 * A folder is safe to write into when it is empty, missing, or a previous export (we
 * replace only what we wrote). Anything else could be someone's documents.
 */
function checkTarget(dir: string): void {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR')
      throw userError('INVALID_INPUT', { key: 'coreErrors.exportTargetIsFile', values: { dir } });
    throw userError('INVALID_INPUT', {
      key: 'coreErrors.exportFolderUnopenable',
      values: { dir, reason: (error as Error).message },
    });
  }
  const visible = entries.filter((e) => !e.startsWith('.'));
  if (visible.length === 0 || isPreviousExport(dir, visible)) return;
  throw userError('CONFLICT', { key: 'coreErrors.exportFolderNotEmpty', values: { dir } });
}

function isPreviousExport(dir: string, entries: string[]): boolean {
  if (entries.includes(portfolioFileName)) {
    try {
      const data = JSON.parse(fs.readFileSync(path.join(dir, portfolioFileName), 'utf8')) as {
        format?: unknown;
      };
      return data.format === exchangeFormatName;
    } catch {
      return false;
    }
  }
  // An export interrupted before portfolio.json was written holds only certificate copies.
  if (entries.length !== 1 || entries[0] !== certificatesFolderName) return false;
  return fs
    .readdirSync(path.join(dir, certificatesFolderName))
    .every((f) => f.startsWith('.') || exportedCertificatePattern.test(f));
}

async function readAllCertificates(
  portfolio: Portfolio,
  activities: Activity[],
): Promise<Map<string, { bytes: Uint8Array; file: string }>> {
  const named = new Map<string, { certificate: Activity['certificates'][number]; titles: string[] }>();
  for (const activity of activities) {
    for (const certificate of activity.certificates) {
      const entry = named.get(certificate.sha256);
      if (entry) entry.titles.push(activity.title);
      else named.set(certificate.sha256, { certificate, titles: [activity.title] });
    }
  }
  const found = new Map<string, { bytes: Uint8Array; file: string }>();
  const problems: string[] = [];
  const said: SaidAs[] = [];
  for (const [sha, { certificate, titles }] of named) {
    try {
      const bytes = await portfolio.certificates.read(sha);
      const extension = extensionFor(certificate.mediaType as CertificateMediaType) ?? 'bin';
      found.set(sha, { bytes, file: `${certificatesFolderName}/${sha}.${extension}` });
    } catch {
      const where = titles.map((t) => `"${t}"`).join(', ');
      problems.push(
        `"${certificate.fileName}" (${titles.length === 1 ? 'activity' : 'activities'} ${where})`,
      );
      said.push({
        key: 'coreErrors.exportCertificateItem',
        values: { file: certificate.fileName, count: titles.length, titles: where },
      });
    }
  }
  if (problems.length > 0) {
    throw userError(
      'CERTIFICATE_PROBLEMS',
      { key: 'coreErrors.exportCertificates', values: { count: problems.length, list: listOf(said) } },
      { problems },
    );
  }
  return found;
}

function sameSize(file: string, size: number): boolean {
  // Copies are named by their hash, so a copy of the right size is the same file.
  try {
    return fs.statSync(file).size === size;
  } catch {
    return false;
  }
}

/**
 * Tidying only: the export is already complete when this runs, and a copy no
 * portfolio.json names is harmless, so one that cannot be removed is left for the next
 * export to try again rather than reported as a failed export.
 */
function removeStaleCopies(certificatesDir: string, keep: Set<string>): void {
  if (!fs.existsSync(certificatesDir)) return;
  for (const entry of fs.readdirSync(certificatesDir)) {
    if (!exportedCertificatePattern.test(entry) || keep.has(entry)) continue;
    try {
      fs.rmSync(path.join(certificatesDir, entry));
    } catch {
      // Left in place (see above).
    }
  }
}

function toDocument(
  portfolio: Portfolio,
  activities: Activity[],
  certificates: Map<string, { file: string }>,
): PortfolioFileInput {
  const credentials = portfolio.listCredentials();
  const refs = credentialRefs(portfolio, credentials);
  return {
    format: exchangeFormatName,
    version: exchangeFormatVersion,
    exportedAt: portfolio.now().toISOString(),
    holder: portfolio.getHolder(),
    rulePacks: portfolio.listRulePacks().filter((p) => !p.builtIn),
    credentials: credentials.map((c) => ({
      ref: refs.get(c.id)!,
      rulePackId: c.rulePackId,
      credentialNumber: c.credentialNumber,
      ...(c.nameOnRecord ? { nameOnRecord: c.nameOnRecord } : {}),
      certifiedOn: c.certifiedOn,
      expiresOn: c.expiresOn,
      overrides: c.overrides,
      notes: c.notes,
      ...pastCyclesOf(portfolio, c.id),
    })),
    activities: activities.map((a) => ({
      title: a.title,
      provider: a.provider,
      providerAddress: a.providerAddress,
      approvingBody: a.approvingBody,
      approvalNumber: a.approvalNumber,
      certificateNumber: a.certificateNumber,
      kind: a.kind,
      delivery: a.delivery,
      completedOn: a.completedOn,
      durationMinutes: a.durationMinutes,
      // Only when stated, so files of portfolios without cards read as before.
      ...(a.validMonths != null ? { validMonths: a.validMonths } : {}),
      description: a.description,
      cost: a.cost,
      notes: a.notes,
      credits: a.credits,
      credentials: a.credentialIds.map((id) => refs.get(id)!).filter(Boolean),
      certificates: a.certificates.map((c) => ({
        file: certificates.get(c.sha256)!.file,
        fileName: c.fileName,
      })),
    })),
  };
}

/** Readable refs such as "cma" and "rma" (with -2, -3 for a second credential of a kind). */
function credentialRefs(portfolio: Portfolio, credentials: Credential[]): Map<number, string> {
  const refs = new Map<number, string>();
  const used = new Set<string>();
  const packs = new Map(portfolio.listRulePacks().map((p) => [p.id, p]));
  for (const credential of credentials) {
    const base =
      (packs.get(credential.rulePackId)?.credential ?? credential.rulePackId)
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-') || 'credential';
    let ref = base;
    for (let n = 2; used.has(ref); n++) ref = `${base}-${n}`;
    used.add(ref);
    refs.set(credential.id, ref);
  }
  return refs;
}

/** The finished cycles, only for a credential that has some (files of portfolios without renewals stay as they were). */
function pastCyclesOf(portfolio: Portfolio, credentialId: number): { pastCycles?: ExchangePastCycle[] } {
  const cycles = portfolio.listPastCycles(credentialId);
  if (cycles.length === 0) return {};
  return {
    pastCycles: cycles.map(({ startedOn, endedOn, ending, statedOn, nextStartedOn }) => ({
      startedOn,
      endedOn,
      ending,
      statedOn,
      nextStartedOn,
    })),
  };
}

/** Items said one after another ("a, b, c"), each in the person's language. */
function listOf(items: readonly SaidAs[]): SaidAs {
  const [first, ...rest] = items;
  if (!first) return { key: 'coreErrors.listJoin', values: { first: '', rest: '' } };
  return rest.length === 0 ? first : { key: 'coreErrors.listJoin', values: { first, rest: listOf(rest) } };
}
