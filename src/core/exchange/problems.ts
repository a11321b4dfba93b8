import type { z } from 'zod';
import { type SaidAs, userError, type UserError } from '../errors';
import { translator } from '../../domain/i18n/translator';

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

let inEnglish: ReturnType<typeof translator> | null = null;

/** A message's English, as core has always written it. */
export function english(said: SaidAs): string {
  inEnglish ??= translator('en');
  return inEnglish(said.key, said.values);
}

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

const typeKeys = {
  string: 'importProblems.type.string',
  number: 'importProblems.type.number',
  int: 'importProblems.type.int',
  boolean: 'importProblems.type.boolean',
  array: 'importProblems.type.array',
  object: 'importProblems.type.object',
  null: 'importProblems.type.null',
} as const;

function expectedType(expected: string): SaidAs | string {
  return expected in typeKeys ? { key: typeKeys[expected as keyof typeof typeKeys] } : expected;
}

function describeValue(value: unknown): SaidAs | string {
  if (value === null) return { key: 'importProblems.value.null' };
  if (Array.isArray(value)) return { key: 'importProblems.value.list' };
  if (typeof value === 'string')
    return {
      key: 'importProblems.value.text',
      values: { text: value.length > 30 ? `${value.slice(0, 30)}…` : value },
    };
  if (typeof value === 'number')
    return { key: 'importProblems.value.number', values: { number: String(value) } };
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return { key: 'importProblems.value.object' };
  return typeof value;
}

/** The messages the domain schemas write themselves, by their English, as keys. */
const schemaMessages = new Map<string, SaidAs>(
  (
    [
      'importProblems.field.dateForm',
      'importProblems.field.dateRange',
      'importProblems.field.email',
      'importProblems.field.creditNumber',
      'importProblems.field.noSuchDay',
      'importProblems.field.organizationRequired',
      'importProblems.field.memberNumberRequired',
      'importProblems.field.fullNameRequired',
      'importProblems.field.titleRequired',
      'importProblems.field.providerRequired',
      'importProblems.field.chooseCategory',
      'importProblems.field.creditPositive',
      'importProblems.field.costNegative',
      'importProblems.field.chooseCredential',
      'importProblems.field.auditPeriodBoth',
      'importProblems.field.auditPeriodOrder',
      'importProblems.field.auditChoose',
      'importProblems.field.auditReference',
      'importProblems.field.auditReferenceLong',
      'importProblems.field.auditNotesLong',
    ] as const
  ).map((key) => [english({ key }), { key }]),
);
const unitsMessage = /^Use one of these units: (.+)\.$/;

/**
 * A zod issue's message as a key: a domain schema's own words, or a built-in check's
 * plain words (when the issue was made with plainIssueMessage). Undefined for anything
 * else, which is then shown as zod wrote it.
 */
export function saidOfIssue(issue: z.core.$ZodIssue): SaidAs | undefined {
  const own = schemaMessages.get(issue.message);
  if (own) return own;
  const units = unitsMessage.exec(issue.message);
  if (units) return { key: 'importProblems.field.unit', values: { units: units[1]! } };
  const plain = plainWordsOf(issue);
  return plain && english(plain) === issue.message ? plain : undefined;
}

/** Zod's built-in checks in plain words, as keys. */
function plainWordsOf(issue: z.core.$ZodIssue): SaidAs | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedType(issue.expected);
      if (issue.input === undefined) return { key: 'importProblems.field.missing', values: { expected } };
      return {
        key: 'importProblems.field.wrongType',
        values: { expected, found: describeValue(issue.input) },
      };
    }
    case 'invalid_value':
      return {
        key: 'importProblems.field.oneOf',
        values: { values: issue.values.map((v) => String(v)).join(', ') },
      };
    case 'too_small': {
      const min = String(issue.minimum);
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { key: 'importProblems.field.empty' }
          : { key: 'importProblems.field.minChars', values: { min } };
      if (issue.origin === 'array')
        return { key: 'importProblems.field.minEntries', values: { min: Number(issue.minimum) } };
      return {
        key: issue.inclusive ? 'importProblems.field.atLeast' : 'importProblems.field.moreThan',
        values: { min },
      };
    }
    case 'too_big': {
      const max = String(issue.maximum);
      if (issue.origin === 'string') return { key: 'importProblems.field.maxChars', values: { max } };
      if (issue.origin === 'array') return { key: 'importProblems.field.maxEntries', values: { max } };
      return {
        key: issue.inclusive ? 'importProblems.field.atMost' : 'importProblems.field.lessThan',
        values: { max },
      };
    }
    case 'invalid_format':
      return { key: 'importProblems.field.badForm' };
    default:
      return undefined;
  }
}

/**
 * Plain-words messages for zod's built-in checks. Messages the domain schemas define
 * themselves ("Use one of these units: …") take precedence over these.
 */
export const plainIssueMessage: z.core.$ZodErrorMap = (issue) => {
  const said = plainWordsOf(issue as z.core.$ZodIssue);
  return said ? english(said) : undefined;
};

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
