import type { z } from 'zod';
import { english, type Said } from './translator';

/**
 * Zod's issues in plain words, as catalog keys: the domain schemas' own messages
 * ("The course title is required.") and zod's built-in checks ("This field is missing.
 * Add it as a number."). The forms, an import's report and the main process's refusals
 * say them in the person's language from the same keys.
 */

type SaidAs = Said;

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
