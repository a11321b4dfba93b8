import type { z } from 'zod';
import { type SaidAs, userError, type UserError } from '../errors';
import { plainIssueMessage, saidOfIssue } from '../../domain/i18n/issue-words';
import { english } from '../../domain/i18n/translator';

/**
 * A problem found in an import file, with its place in the file written the way a
 * person finds it in an editor: `activities[3].credits[0].unit`. `message` and `path`
 * are the English (`ceu import --json`, logs); `said` and `pathSaid`, when there, let
 * the window and the CLI say them in the person's language.
 */
export interface ImportProblem {
  path: string;
  message: string;
  said?: SaidAs;
  pathSaid?: SaidAs;
}

export { plainIssueMessage, saidOfIssue };

const wholeFile: SaidAs = { key: 'importProblems.wholeFile' };

/** A problem at a place in the file, said by its key. */
export function problemAt(
  parts: readonly PropertyKey[],
  said: SaidAs,
): ImportProblem & { parts: PropertyKey[] } {
  const path = formatPath(parts);
  return {
    parts: [...parts],
    path,
    message: english(said),
    said,
    ...(parts.length === 0 ? { pathSaid: wholeFile } : {}),
  };
}

/** A problem with the whole file (it is not JSON, not ours, nested too deep). */
export function problemWithWholeFile(said: SaidAs): ImportProblem {
  return { path: english(wholeFile), pathSaid: wholeFile, message: english(said), said };
}

export function formatPath(parts: readonly PropertyKey[]): string {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? english(wholeFile) : text;
}

const sectionOrder = [
  '$schema',
  'format',
  'version',
  'exportedAt',
  'holder',
  'rulePacks',
  'credentials',
  'activities',
];

/**
 * Problems in the order they appear in the file (by section, then by entry), one per
 * place: a date like "10/14/2023" fails two checks, but the person needs only the first.
 */
export function sortProblems(
  problems: (ImportProblem & { parts: readonly PropertyKey[] })[],
): ImportProblem[] {
  const seen = new Set<string>();
  problems = problems.filter((p) => !seen.has(p.path) && seen.add(p.path));
  const rank = (parts: readonly PropertyKey[]) => {
    const section = sectionOrder.indexOf(String(parts[0] ?? ''));
    return [section < 0 ? -1 : section, typeof parts[1] === 'number' ? parts[1] : -1] as const;
  };
  return [...problems]
    .sort((a, b) => {
      const [sa, ia] = rank(a.parts);
      const [sb, ib] = rank(b.parts);
      return sa - sb || ia - ib;
    })
    .map(({ parts: _parts, ...problem }) => problem);
}

/** Turns zod's issues into problems, one per misspelt field so each has its own place. */
export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
): (ImportProblem & { parts: PropertyKey[] })[] {
  const problems: (ImportProblem & { parts: PropertyKey[] })[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const parts = [...issue.path, key];
        problems.push(problemAt(parts, { key: 'importProblems.unknownField', values: { key } }));
      }
      continue;
    }
    const said = saidOfIssue(issue);
    problems.push(
      said
        ? problemAt(issue.path, said)
        : { parts: [...issue.path], path: formatPath(issue.path), message: issue.message },
    );
  }
  return problems;
}

export function importInvalid(fileLabel: string | SaidAs, problems: readonly ImportProblem[]): UserError {
  const first = problems[0];
  const said: SaidAs = first
    ? {
        key: 'coreErrors.importInvalidFirst',
        values: {
          label: fileLabel,
          count: problems.length,
          path: first.pathSaid ?? first.path,
          problem: first.said ?? first.message,
        },
      }
    : { key: 'coreErrors.importInvalid', values: { label: fileLabel, count: problems.length } };
  return userError('IMPORT_INVALID', said, { problems });
}
