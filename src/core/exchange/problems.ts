import type { z } from 'zod';
import { type SaidAs, userError, type UserError } from '../errors';

/**
 * A problem found in an import file, with its place in the file written the way a
 * person finds it in an editor: `activities[3].credits[0].unit`.
 */
export interface ImportProblem {
  path: string;
  message: string;
}

export function formatPath(parts: readonly PropertyKey[]): string {
  let text = '';
  for (const part of parts) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? String(part) : `.${String(part)}`;
  }
  return text === '' ? '(the whole file)' : text;
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
    .map(({ path, message }) => ({ path, message }));
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
        problems.push({
          parts,
          path: formatPath(parts),
          message: `"${key}" is not a field of the portfolio format. Check its spelling (names are case-sensitive, e.g. "completedOn") or remove it.`,
        });
      }
      continue;
    }
    problems.push({ parts: [...issue.path], path: formatPath(issue.path), message: issue.message });
  }
  return problems;
}

const typeWords: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `text ("${value.length > 30 ? `${value.slice(0, 30)}…` : value}")`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/**
 * Plain-words messages for zod's built-in checks. Messages the domain schemas define
 * themselves ("Use one of these units: …") take precedence over these.
 */
export const plainIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWords[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `This field is missing. Add it as ${expected}.`;
      return `Expected ${expected}, but found ${describeValue(issue.input)}.`;
    }
    case 'invalid_value':
      return `Use one of: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? 'This field is empty. Fill it in.'
          : `Use at least ${issue.minimum} characters.`;
      if (issue.origin === 'array')
        return `List at least ${issue.minimum} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}.`;
      return issue.inclusive ? `Must be ${issue.minimum} or more.` : `Must be more than ${issue.minimum}.`;
    case 'too_big':
      if (issue.origin === 'string') return `Keep this under ${issue.maximum} characters.`;
      if (issue.origin === 'array') return `List at most ${issue.maximum} entries.`;
      return issue.inclusive ? `Must be ${issue.maximum} or less.` : `Must be less than ${issue.maximum}.`;
    case 'invalid_format':
      return 'This value is not in the expected form.';
    default:
      return undefined;
  }
};

export function importInvalid(fileLabel: string | SaidAs, problems: readonly ImportProblem[]): UserError {
  const first = problems[0];
  const said: SaidAs = first
    ? {
        key: 'coreErrors.importInvalidFirst',
        values: { label: fileLabel, count: problems.length, path: first.path, problem: first.message },
      }
    : { key: 'coreErrors.importInvalid', values: { label: fileLabel, count: problems.length } };
  return userError('IMPORT_INVALID', said, { problems });
}
