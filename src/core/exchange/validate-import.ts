import { InvalidOverridesError, effectivePack } from '../../domain/rules';
import type { RulePack } from '../../domain/rule-pack';
import { checkCertificateFile, locateCertificate } from './certificate-files';
import { exchangeFormatName, exchangeFormatVersion, type PortfolioFile, portfolioFileSchema } from './format';
import type { SaidAs } from '../errors';
import {
  type ImportProblem,
  plainIssueMessage,
  problemAt,
  problemsFromIssues,
  problemWithWholeFile,
  sortProblems,
} from './problems';

type Located = ImportProblem & { parts: PropertyKey[] };

export interface ImportContext {
  /** The folder certificate paths are relative to. */
  jsonDir: string;
  /** Rule packs the portfolio has now: built-in and the holder's own. */
  existingPacks: readonly RulePack[];
}

export type ValidatedImport = { ok: true; file: PortfolioFile } | { ok: false; problems: ImportProblem[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Checks a whole parsed import file and returns every problem with its place, or the
 * file ready to import. Cross-checks (refs, rule packs, certificate files) run on the
 * raw data too, so a file with a wrong unit and a missing certificate reports both.
 */
export async function validateImport(data: unknown, context: ImportContext): Promise<ValidatedImport> {
  const envelope = checkEnvelope(data);
  if (envelope) return { ok: false, problems: [envelope] };

  const parsed = portfolioFileSchema.safeParse(data, { error: plainIssueMessage });
  const problems: Located[] = parsed.success ? [] : problemsFromIssues(parsed.error.issues);
  const raw = data as Record<string, unknown>;

  const packIds = checkRulePacks(raw, context, problems);
  const refs = checkCredentials(raw, packIds, problems);
  checkActivityRefs(raw, refs, problems);
  await checkCertificates(raw, context.jsonDir, problems);

  if (problems.length > 0 || !parsed.success) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, file: parsed.data };
}

/** A file that is not ours, or from a newer app, gets one clear problem rather than hundreds. */
function checkEnvelope(data: unknown): ImportProblem | null {
  if (!isRecord(data)) {
    return problemWithWholeFile({ key: 'importProblems.notAnObject' });
  }
  if (data.format !== exchangeFormatName) {
    return problemAt(['format'], { key: 'importProblems.notOurs', values: { format: exchangeFormatName } });
  }
  if (typeof data.version === 'number' && data.version > exchangeFormatVersion) {
    return problemAt(['version'], {
      key: 'importProblems.newerFormat',
      values: { version: String(data.version), newest: String(exchangeFormatVersion) },
    });
  }
  return null;
}

function checkRulePacks(
  raw: Record<string, unknown>,
  context: ImportContext,
  problems: Located[],
): Map<string, RulePack | unknown> {
  const known = new Map<string, RulePack | unknown>(context.existingPacks.map((p) => [p.id, p]));
  const seen = new Map<string, number>();
  listOf(raw.rulePacks).forEach((pack, i) => {
    if (!isRecord(pack) || typeof pack.id !== 'string') return;
    const id = pack.id.trim();
    const parts = ['rulePacks', i, 'id'];
    const existing = context.existingPacks.find((p) => p.id === id);
    if (seen.has(id)) {
      problems.push(
        problemAt(parts, { key: 'importProblems.packIdTwice', values: { first: String(seen.get(id)), id } }),
      );
    } else if (existing?.builtIn) {
      problems.push(problemAt(parts, { key: 'importProblems.packIdBuiltIn', values: { id } }));
    } else if (existing && !samePack(existing, pack)) {
      problems.push(problemAt(parts, { key: 'importProblems.packIdTaken', values: { id } }));
    }
    seen.set(id, i);
    known.set(id, pack);
  });
  return known;
}

function samePack(existing: RulePack, incoming: Record<string, unknown>): boolean {
  const { builtIn: _a, ...mine } = existing;
  const parsed = portfolioFileSchema.shape.rulePacks.unwrap().element.safeParse(incoming);
  if (!parsed.success) return false;
  const { builtIn: _b, ...theirs } = parsed.data;
  return JSON.stringify(mine) === JSON.stringify(theirs);
}

function checkCredentials(
  raw: Record<string, unknown>,
  packs: Map<string, RulePack | unknown>,
  problems: Located[],
): Set<string> {
  const refs = new Map<string, number>();
  listOf(raw.credentials).forEach((credential, i) => {
    if (!isRecord(credential)) return;
    if (typeof credential.ref === 'string' && credential.ref.trim() !== '') {
      const ref = credential.ref.trim();
      if (refs.has(ref)) {
        problems.push(
          problemAt(['credentials', i, 'ref'], {
            key: 'importProblems.refTwice',
            values: { first: String(refs.get(ref)), ref },
          }),
        );
      } else refs.set(ref, i);
    }
    if (typeof credential.rulePackId === 'string' && credential.rulePackId !== '') {
      const pack = packs.get(credential.rulePackId);
      if (pack === undefined) {
        const ids = [...packs.keys()].join(', ');
        problems.push(
          problemAt(['credentials', i, 'rulePackId'], {
            key: 'importProblems.noSuchPack',
            values: { id: credential.rulePackId, ids },
          }),
        );
      } else if (isRecord(credential.overrides) && Object.keys(credential.overrides).length > 0) {
        checkOverrides(pack, credential.overrides, ['credentials', i, 'overrides'], problems);
      }
    }
    if (
      typeof credential.certifiedOn === 'string' &&
      typeof credential.expiresOn === 'string' &&
      credential.expiresOn < credential.certifiedOn
    ) {
      problems.push(
        problemAt(['credentials', i, 'expiresOn'], {
          key: 'importProblems.expiryBeforeCertified',
          values: { expires: credential.expiresOn, certified: credential.certifiedOn },
        }),
      );
    }
  });
  return new Set(refs.keys());
}

function checkOverrides(
  pack: unknown,
  overrides: Record<string, unknown>,
  parts: PropertyKey[],
  problems: Located[],
): void {
  try {
    effectivePack(pack as RulePack, overrides);
  } catch (error) {
    if (error instanceof InvalidOverridesError)
      problems.push(
        problemAt(parts, {
          key: 'importProblems.badOverrides',
          values: { credential: error.credential, issues: error.issues.join('; ') },
        }),
      );
    // A pack that is itself invalid is reported at rulePacks[…] by the schema check.
  }
}

function checkActivityRefs(raw: Record<string, unknown>, refs: Set<string>, problems: Located[]): void {
  const known = [...refs].map((r) => `"${r}"`).join(', ');
  listOf(raw.activities).forEach((activity, i) => {
    if (!isRecord(activity)) return;
    listOf(activity.credentials).forEach((ref, j) => {
      if (typeof ref !== 'string' || refs.has(ref.trim())) return;
      problems.push(
        problemAt(
          ['activities', i, 'credentials', j],
          known === ''
            ? { key: 'importProblems.noCredentialsListed', values: { ref } }
            : { key: 'importProblems.noSuchRef', values: { ref, known } },
        ),
      );
    });
  });
}

async function checkCertificates(
  raw: Record<string, unknown>,
  jsonDir: string,
  problems: Located[],
): Promise<void> {
  // One file at a time: a portfolio can name thousands, and each is checked only once.
  const results = new Map<string, SaidAs | null>();
  for (const [i, activity] of listOf(raw.activities).entries()) {
    if (!isRecord(activity)) continue;
    for (const [j, entry] of listOf(activity.certificates).entries()) {
      if (!isRecord(entry) || typeof entry.file !== 'string' || entry.file.trim() === '') continue;
      const shownAs = entry.file.trim();
      const location = locateCertificate(jsonDir, shownAs);
      const file = location.file;
      if (file !== undefined && !results.has(file))
        results.set(file, await checkCertificateFile(file, shownAs));
      const message = location.refused ?? results.get(file!);
      if (message) problems.push(problemAt(['activities', i, 'certificates', j, 'file'], message));
    }
  }
}
