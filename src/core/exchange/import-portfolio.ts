import fs from 'node:fs';
import path from 'node:path';
import { type SaidAs, userError, UserError } from '../errors';
import type { Portfolio } from '../portfolio';
import { restorePastCycle } from '../renewals';
import { photosAmong, preparePhotoFiles } from '../certificates/prepare-photos';
import type { PhotoToPrepare } from '../certificates/prepared-images';
import { locateCertificate } from './certificate-files';
import type { PortfolioFile } from './format';
import { notAFile } from './file-kind';
import { findJsonSyntaxProblem, jsonNestingDepth, type JsonSyntaxProblem } from './json-syntax';
import { english } from '../../domain/i18n/translator';
import { type ImportProblem, importInvalid, problemWithWholeFile } from './problems';
import { validateImport } from './validate-import';

export interface ImportCounts {
  credentials: number;
  activities: number;
  certificates: number;
}

/**
 * Adds a portfolio file (docs/portfolio-json.md) to a portfolio. The whole file is
 * checked first and every problem is reported with its place; if there is any, nothing
 * is imported. The import itself is one database transaction: it all lands or none of
 * it does. Certificate files it stored before a failure are harmless (content-addressed,
 * and the store's clean-up removes files no activity names).
 */
export interface ImportOptions {
  /**
   * Runs inside the import's write transaction, before anything is written: a check of
   * the portfolio that no other writer can change between the check and the import.
   * Throw to import nothing.
   */
  checkBeforeWriting?: (portfolio: Portfolio) => void;
  /**
   * Makes the packet's page images of the photos imported, once they are in. By default
   * here (the CLI); the app hands it to a worker thread, where decoding does not hold up
   * the window.
   */
  preparePhotos?: (photos: PhotoToPrepare[]) => Promise<unknown>;
}

export async function importPortfolio(
  portfolio: Portfolio,
  jsonFile: string,
  options: ImportOptions = {},
): Promise<ImportCounts> {
  const file = path.resolve(jsonFile);
  const label = path.basename(file);
  const data = parseJson(await readText(file), label);

  const result = await validateImport(data, {
    jsonDir: path.dirname(file),
    existingPacks: portfolio.listRulePacks(),
  });
  if (!result.ok) throw importInvalid(label, result.problems);
  const { counts, sha256s } = addToPortfolio(portfolio, result.file, path.dirname(file), options);
  const photos = photosAmong(portfolio, sha256s);
  if (photos.length > 0)
    await (options.preparePhotos ?? ((some) => preparePhotoFiles(portfolio.preparedImages, some)))(photos);
  return counts;
}

async function readText(file: string): Promise<string> {
  try {
    // Looked at before it is read: reading a named pipe or a device can wait forever.
    const kind = notAFile(await fs.promises.stat(file));
    if (kind === 'a folder')
      throw userError('INVALID_INPUT', { key: 'coreErrors.importIsFolder', values: { file } });
    if (kind) {
      const which =
        kind === 'a named pipe'
          ? 'pipe'
          : kind === 'a device'
            ? 'device'
            : kind === 'a socket'
              ? 'socket'
              : 'other';
      throw userError('INVALID_INPUT', { key: 'coreErrors.importNotAFile', values: { file, kind: which } });
    }
    const text = await fs.promises.readFile(file, 'utf8');
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw userError('NOT_FOUND', { key: 'coreErrors.importMissing', values: { file } });
    if (code === 'EISDIR')
      throw userError('INVALID_INPUT', { key: 'coreErrors.importIsFolder', values: { file } });
    throw userError('INVALID_INPUT', {
      key: 'coreErrors.importUnreadable',
      values: { file, reason: (error as Error).message },
    });
  }
}

/** The deepest a portfolio file needs is about 6 levels (a fee in a credential's overrides). */
const maxNestingDepth = 20;

function parseJson(text: string, label: string): unknown {
  const depth = jsonNestingDepth(text);
  if (depth > maxNestingDepth) {
    throw importInvalid(label, [
      problemWithWholeFile({ key: 'importProblems.tooDeep', values: { depth, max: maxNestingDepth } }),
    ]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const where = findJsonSyntaxProblem(text);
    const problem: ImportProblem = where
      ? lineProblem(where)
      : problemWithWholeFile({
          key: 'importProblems.invalidJson',
          values: { reason: (error as Error).message },
        });
    throw importInvalid(label, [problem]);
  }
}

/** "line 3, column 14: This is not valid JSON here: …", in the person's language. */
function lineProblem(where: JsonSyntaxProblem): ImportProblem {
  const pathSaid: SaidAs = {
    key: 'importProblems.lineColumn',
    values: { line: String(where.line), column: String(where.column) },
  };
  const said: SaidAs = { key: 'importProblems.invalidJsonHere', values: { reason: where.said } };
  return { path: english(pathSaid), pathSaid, message: english(said), said };
}

function addToPortfolio(
  portfolio: Portfolio,
  file: PortfolioFile,
  jsonDir: string,
  options: ImportOptions,
): { counts: ImportCounts; sha256s: string[] } {
  const stored = new Map<string, string>();
  const storeCertificate = (entry: { file: string; fileName?: string | undefined }): string => {
    // Located again (validation did it already): a link changed since then is still refused.
    const { file: location, refused } = locateCertificate(jsonDir, entry.file.trim());
    if (refused !== undefined)
      throw importInvalid({ key: 'coreErrors.thePortfolioFile' }, [
        { path: entry.file, message: english(refused), said: refused },
      ]);
    let sha = stored.get(location);
    if (!sha) {
      const name = entry.fileName || path.basename(entry.file.replace(/\\/g, '/'));
      sha = portfolio.certificates.add(name, new Uint8Array(fs.readFileSync(location))).sha256;
      stored.set(location, sha);
    }
    return sha;
  };

  portfolio.db
    .transaction(() => {
      options.checkBeforeWriting?.(portfolio);
      if (file.holder && !portfolio.getHolder()) portfolio.saveHolder(file.holder);
      const existing = new Set(portfolio.listRulePacks().map((p) => p.id));
      // A pack identical to one the portfolio has (validation refused any that differ) is already there.
      for (const pack of file.rulePacks) if (!existing.has(pack.id)) portfolio.saveCustomRulePack(pack);

      const credentialIds = new Map<string, number>();
      for (const { ref, pastCycles: _, ...credential } of file.credentials) {
        credentialIds.set(ref, portfolio.saveCredential(credential).id);
      }
      for (const { credentials, certificates, ...activity } of file.activities) {
        portfolio.saveActivity({
          ...activity,
          credentialIds: credentials.map((ref) => credentialIds.get(ref)!),
          certificateHashes: [...new Set(certificates.map(storeCertificate))],
        });
      }
      // Once every activity is in: each finished cycle's evaluation reads them.
      for (const { ref, pastCycles } of file.credentials) {
        for (const cycle of pastCycles ?? []) restorePastCycle(portfolio, credentialIds.get(ref)!, cycle);
      }
    })
    .immediate();

  const sha256s = [...new Set(stored.values())];
  return {
    counts: {
      credentials: file.credentials.length,
      activities: file.activities.length,
      certificates: sha256s.length,
    },
    sha256s,
  };
}
