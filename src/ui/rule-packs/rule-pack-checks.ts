import { z } from 'zod';
import { activityKindSchema, isoDateSchema } from '../../domain/portfolio';
import { rulePackSchema } from '../../domain/rule-pack';
import { rulePackFromForm, type RulePackFormValues } from './rule-pack-form';

/**
 * What is wrong with a custom rule pack as typed, field by field. Friendly checks run
 * first (required fields, clashing keys, totals that cannot add up), then the rule
 * pack's own schema has the last word, so nothing the main process would refuse gets
 * past the form.
 */

const text = (label: string, max: number) =>
  z.string().trim().min(1, `${label} is required.`).max(max, `Keep this under ${max} characters.`);
const number = (label: string) =>
  z
    .union([z.number(), z.literal('')], { error: `Enter ${label} as a number.` })
    .refine((v) => v !== '', `Enter ${label}.`);
const optionalNumber = z.union([z.number(), z.literal('')], {
  error: 'Enter a number, or leave this empty.',
});

const formSchema = z
  .object({
    id: z
      .string()
      .trim()
      .min(1, 'Give the pack a short id, e.g. state-cma.')
      .max(60, 'Keep the id under 60 characters.')
      .regex(/^[a-z0-9-]+$/, 'Use only lower-case letters, digits and - (for example state-cma).'),
    version: text('A version', 40),
    credential: text('The credential abbreviation', 40),
    name: text("The credential's full name", 200),
    body: text('The certifying body', 40),
    lastChecked: isoDateSchema.nullable(),
    cycle: z.object({
      months: number('the cycle length in months').refine(
        (v) => typeof v !== 'number' || (Number.isInteger(v) && v >= 1 && v <= 120),
        'Use whole months from 1 to 120.',
      ),
    }),
    totalRequired: number('the total required').refine(
      (v) => typeof v !== 'number' || v >= 0,
      'Use 0 or more.',
    ),
    categories: z.array(
      z.object({
        key: z
          .string()
          .trim()
          .min(1, 'Give the category a key, e.g. clinical.')
          .regex(/^[a-z0-9_]+$/, 'Use lower-case letters, digits and _ (for example infection_control).'),
        label: text('A label', 80),
        min: optionalNumber,
        max: optionalNumber,
      }),
    ),
    approvedProvidersOn: z.boolean(),
    approvedProviders: z.object({ bodies: z.array(z.string()), minPoints: optionalNumber }),
    unitPoints: z.record(z.string(), z.object({ accepted: z.boolean(), points: optionalNumber })),
    kindRules: z.array(
      z.object({
        kind: activityKindSchema,
        pointsEach: optionalNumber,
        category: z.string().nullable(),
        maxCount: optionalNumber.refine((v) => v === '' || Number.isInteger(v), 'Use a whole number.'),
        maxPoints: optionalNumber,
      }),
    ),
    fees: z.array(z.object({ label: text('A fee label', 120), amount: number('the amount') })),
  })
  .superRefine((form, ctx) => {
    const keys = new Map<string, number>();
    form.categories.forEach((category, i) => {
      if (keys.has(category.key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', i, 'key'],
          message: 'Another category already uses this key.',
        });
      }
      keys.set(category.key, i);
      if (category.max !== '' && category.min !== '' && category.max < category.min) {
        ctx.addIssue({
          code: 'custom',
          path: ['categories', i, 'max'],
          message: 'The maximum cannot be below the minimum.',
        });
      }
    });
    const total = form.totalRequired;
    const minimums = form.categories.reduce((sum, c) => sum + (c.min === '' ? 0 : c.min), 0);
    if (minimums > total) {
      ctx.addIssue({
        code: 'custom',
        path: ['totalRequired'],
        message: `The category minimums add up to ${minimums}, more than this total.`,
      });
    }
    if (form.approvedProvidersOn) {
      if (form.approvedProviders.bodies.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['approvedProviders', 'bodies'],
          message: 'Name at least one approving body, e.g. AAMA.',
        });
      }
      const min = form.approvedProviders.minPoints;
      if (min === '') {
        ctx.addIssue({
          code: 'custom',
          path: ['approvedProviders', 'minPoints'],
          message: 'Enter the minimum from approved providers.',
        });
      } else if (min > total) {
        ctx.addIssue({
          code: 'custom',
          path: ['approvedProviders', 'minPoints'],
          message: 'This cannot be more than the total required.',
        });
      }
    }
    const accepted = Object.entries(form.unitPoints).filter(([, entry]) => entry.accepted);
    if (accepted.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['unitPoints', 'root'],
        message: 'Accept at least one unit, or no credit can count.',
      });
    }
    for (const [unit, entry] of accepted) {
      if (entry.points === '' || entry.points <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['unitPoints', unit, 'points'],
          message: 'Enter how many points one unit is worth.',
        });
      }
    }
    const seenKinds = new Set<string>();
    form.kindRules.forEach((rule, i) => {
      if (seenKinds.has(rule.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kindRules', i, 'kind'],
          message: 'There is already a rule for this kind.',
        });
      }
      seenKinds.add(rule.kind);
      if (rule.category && keys.size > 0 && !keys.has(rule.category)) {
        ctx.addIssue({
          code: 'custom',
          path: ['kindRules', i, 'category'],
          message: 'Choose one of this pack’s categories.',
        });
      }
      if (rule.pointsEach !== '' && rule.pointsEach <= 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['kindRules', i, 'pointsEach'],
          message: 'Use more than 0, or leave empty.',
        });
      }
    });
  });

/** Problems with the form as typed, by form field path; empty when it can be saved. */
export function checkRulePackForm(
  values: RulePackFormValues,
  takenIds: ReadonlySet<string>,
): { path: PropertyKey[]; message: string }[] {
  const first = formSchema.safeParse(values);
  const issues: { path: PropertyKey[]; message: string }[] = first.success ? [] : [...first.error.issues];
  if (takenIds.has(values.id.trim())) {
    issues.push({ path: ['id'], message: 'Another rule pack already uses this id. Choose a different one.' });
  }
  if (issues.length > 0) return issues;
  const final = rulePackSchema.safeParse(rulePackFromForm(values));
  if (final.success) return [];
  // The pack's own schema has the last word; its unit paths name the points input.
  return final.error.issues.map((issue) => ({
    message: issue.message,
    path: issue.path[0] === 'unitPoints' && issue.path.length === 2 ? [...issue.path, 'points'] : issue.path,
  }));
}
