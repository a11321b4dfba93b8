import { z } from 'zod';
import { activityKindSchema, isoDateSchema } from '../../domain/portfolio';
import { rulePackSchema } from '../../domain/rule-pack';
import { type MessageKey, type MessageValues, translator } from '../../domain/i18n/translator';
import { rulePackFromForm, type RulePackFormValues } from './rule-pack-form';

type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * What is wrong with a custom rule pack as typed, field by field. Friendly checks run
 * first (required fields, clashing keys, totals that cannot add up), then the rule
 * pack's own schema has the last word, so nothing the main process would refuse gets
 * past the form.
 */

/** The form's schema with its messages in one language. */
function formSchemaIn(t: Translate) {
  const text = (field: MessageKey, max: number) =>
    z
      .string()
      .trim()
      .min(1, t('rulePacks.checks.required', { field: t(field) }))
      .max(max, t('rulePacks.checks.tooLong', { max }));
  const number = (field: MessageKey) =>
    z
      .union([z.number(), z.literal('')], { error: t('rulePacks.checks.asNumber', { field: t(field) }) })
      .refine((v) => v !== '', t('rulePacks.checks.enter', { field: t(field) }));
  const optionalNumber = z.union([z.number(), z.literal('')], {
    error: t('rulePacks.checks.numberOrEmpty'),
  });

  return z
    .object({
      id: z
        .string()
        .trim()
        .min(1, t('rulePacks.checks.idRequired'))
        .max(60, t('rulePacks.checks.idTooLong'))
        .regex(/^[a-z0-9-]+$/, t('rulePacks.checks.idLetters')),
      version: text('rulePacks.checks.fieldVersion', 40),
      credential: text('rulePacks.checks.fieldAbbreviation', 40),
      name: text('rulePacks.checks.fieldFullName', 200),
      body: text('rulePacks.checks.fieldBody', 40),
      lastChecked: isoDateSchema.nullable(),
      cycle: z.object({
        months: number('rulePacks.checks.fieldMonths').refine(
          (v) => typeof v !== 'number' || (Number.isInteger(v) && v >= 1 && v <= 120),
          t('rulePacks.checks.wholeMonths'),
        ),
      }),
      totalRequired: number('rulePacks.checks.fieldTotal').refine(
        (v) => typeof v !== 'number' || v >= 0,
        t('rulePacks.checks.zeroOrMore'),
      ),
      categories: z.array(
        z.object({
          key: z
            .string()
            .trim()
            .min(1, t('rulePacks.checks.categoryKey'))
            .regex(/^[a-z0-9_]+$/, t('rulePacks.checks.categoryKeyLetters')),
          label: text('rulePacks.checks.fieldLabel', 80),
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
          maxCount: optionalNumber.refine(
            (v) => v === '' || Number.isInteger(v),
            t('rulePacks.checks.wholeNumber'),
          ),
          maxPoints: optionalNumber,
        }),
      ),
      fees: z.array(
        z.object({
          label: text('rulePacks.checks.fieldFeeLabel', 120),
          amount: number('rulePacks.checks.fieldAmount'),
        }),
      ),
    })
    .superRefine((form, ctx) => {
      const keys = new Map<string, number>();
      form.categories.forEach((category, i) => {
        if (keys.has(category.key)) {
          ctx.addIssue({
            code: 'custom',
            path: ['categories', i, 'key'],
            message: t('rulePacks.checks.keyTaken'),
          });
        }
        keys.set(category.key, i);
        if (category.max !== '' && category.min !== '' && category.max < category.min) {
          ctx.addIssue({
            code: 'custom',
            path: ['categories', i, 'max'],
            message: t('rulePacks.checks.maxBelowMin'),
          });
        }
      });
      const total = form.totalRequired;
      const minimums = form.categories.reduce((sum, c) => sum + (c.min === '' ? 0 : c.min), 0);
      if (minimums > total) {
        ctx.addIssue({
          code: 'custom',
          path: ['totalRequired'],
          message: t('rulePacks.checks.minimumsTooHigh', { sum: minimums }),
        });
      }
      if (form.approvedProvidersOn) {
        if (form.approvedProviders.bodies.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['approvedProviders', 'bodies'],
            message: t('rulePacks.checks.nameBody'),
          });
        }
        const min = form.approvedProviders.minPoints;
        if (min === '') {
          ctx.addIssue({
            code: 'custom',
            path: ['approvedProviders', 'minPoints'],
            message: t('rulePacks.checks.enterApprovedMin'),
          });
        } else if (min > total) {
          ctx.addIssue({
            code: 'custom',
            path: ['approvedProviders', 'minPoints'],
            message: t('rulePacks.checks.approvedTooHigh'),
          });
        }
      }
      const accepted = Object.entries(form.unitPoints).filter(([, entry]) => entry.accepted);
      if (accepted.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['unitPoints', 'root'],
          message: t('rulePacks.checks.acceptUnit'),
        });
      }
      for (const [unit, entry] of accepted) {
        if (entry.points === '' || entry.points <= 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['unitPoints', unit, 'points'],
            message: t('rulePacks.checks.unitWorth'),
          });
        }
      }
      const seenKinds = new Set<string>();
      form.kindRules.forEach((rule, i) => {
        if (seenKinds.has(rule.kind)) {
          ctx.addIssue({
            code: 'custom',
            path: ['kindRules', i, 'kind'],
            message: t('rulePacks.checks.kindTaken'),
          });
        }
        seenKinds.add(rule.kind);
        if (rule.category && keys.size > 0 && !keys.has(rule.category)) {
          ctx.addIssue({
            code: 'custom',
            path: ['kindRules', i, 'category'],
            message: t('rulePacks.checks.chooseCategory'),
          });
        }
        if (rule.pointsEach !== '' && rule.pointsEach <= 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['kindRules', i, 'pointsEach'],
            message: t('rulePacks.checks.moreThanZero'),
          });
        }
      });
    });
}

let english: Translate | null = null;

/** Problems with the form as typed, by form field path; empty when it can be saved. */
export function checkRulePackForm(
  values: RulePackFormValues,
  takenIds: ReadonlySet<string>,
  t: Translate = (english ??= translator('en')),
): { path: PropertyKey[]; message: string }[] {
  const first = formSchemaIn(t).safeParse(values);
  const issues: { path: PropertyKey[]; message: string }[] = first.success ? [] : [...first.error.issues];
  if (takenIds.has(values.id.trim())) {
    issues.push({ path: ['id'], message: t('rulePacks.checks.idTaken') });
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
