import { z } from 'zod';
import { activityKindSchema, categorySchema, isoDateSchema } from './portfolio';
import { unitSchema } from './units';

/**
 * A rule pack is data: what one certifying body requires to renew one credential.
 * Built-in packs ship with the app (versioned, with a source and a "last checked"
 * date); custom packs are defined by the user. The rules engine reads only this.
 */

export const packCategorySchema = z.object({
  key: categorySchema,
  label: z.string().trim().min(1).max(80),
  /** Points that must come from this category. */
  min: z.number().min(0).default(0),
  /** Points from this category that may count at most; null for no cap. */
  max: z.number().min(0).nullable().default(null),
  /** Plain-words description of what belongs in this category. */
  description: z.string().max(500).default(''),
});
export type PackCategory = z.infer<typeof packCategorySchema>;

export const kindRuleSchema = z.object({
  kind: activityKindSchema,
  /** Fixed points each activity of this kind is worth, whatever credit was entered. */
  pointsEach: z.number().positive().nullable().default(null),
  /** The category fixed points go to. */
  category: categorySchema.nullable().default(null),
  /** At most this many activities of this kind count in one cycle. */
  maxCount: z.number().int().positive().nullable().default(null),
  /** At most this many points from this kind count in one cycle. */
  maxPoints: z.number().positive().nullable().default(null),
  /** When true, activities of this kind never count (with `reason`). */
  excluded: z.boolean().default(false),
  reason: z.string().max(300).default(''),
  /**
   * Whether fixed points from this kind count toward the approved-provider minimum. False
   * (the safe reading) treats them as outside credit until the body says otherwise.
   */
  countsTowardApproved: z.boolean().default(false),
  /**
   * A card of this kind counts only when valid at least this many months (AAMA: two-year
   * CPR cards). An activity without a stated validity is counted, with a note to check it.
   */
  minValidMonths: z.number().int().positive().nullable().default(null),
});
export type KindRule = z.infer<typeof kindRuleSchema>;

export const cycleRuleSchema = z.object({
  months: z.number().int().min(1).max(120),
  /**
   * certification_date: the cycle ends `months` after certified-on.
   * end_of_month: the cycle ends `months` after the end of the calendar month of
   * certification (the AAMA's rule).
   */
  anchor: z.enum(['certification_date', 'end_of_month']),
  /**
   * Renewal by calendar year (NCCT): the cycle ends on 31 December of the last calendar
   * year it covers, counted from the cycle start (a 12-month cycle starting in 2026 ends
   * on 2026-12-31).
   */
  calendarYear: z.boolean().default(false),
});

/**
 * Where one rule comes from: the page, the words it says and the day it was read. A rule
 * whose only source is weak is `unverified`; the app then shows the quote, never the
 * rule as a fact.
 */
export const ruleSourceSchema = z.object({
  /** What the rule is about, e.g. "grace period". */
  rule: z.string().trim().min(1).max(120),
  source: z.string().max(500),
  quote: z.string().max(1000).default(''),
  lastChecked: isoDateSchema.nullable().default(null),
  unverified: z.boolean().default(false),
});
export type RuleSource = z.output<typeof ruleSourceSchema>;

/** One way back after a lapse, as the body describes it. */
export const lapseRouteSchema = z.object({
  key: z.string().trim().min(1).max(40),
  label: z.string().trim().min(1).max(120),
  /** What to do, in plain words. */
  text: z.string().max(600),
  /** The route is open until this many months after expiry; null for no limit. */
  withinMonthsOfExpiry: z.number().int().min(0).nullable().default(null),
  fee: z.number().min(0).nullable().default(null),
  examAttempts: z.number().int().positive().nullable().default(null),
  /** How long an application stays valid once made. */
  applicationValidMonths: z.number().int().positive().nullable().default(null),
  /**
   * Credit counts when completed within this many months before the application (AMT:
   * "all activities completed within the past three years"); null for a route without CE.
   */
  creditLookbackMonths: z.number().int().positive().nullable().default(null),
  unverified: z.boolean().default(false),
});
export type LapseRoute = z.output<typeof lapseRouteSchema>;

export const feeSchema = z.object({
  label: z.string().max(120),
  amount: z.number().min(0),
  /** How often it is due: once per cycle at renewal, or every year. */
  every: z.enum(['renewal', 'year']),
  unverified: z.boolean().default(false),
  /** A yearly fee due in the month of the certification anniversary (AMT), not at the year's end. */
  dueInAnniversaryMonth: z.boolean().default(false),
  /** Other rule packs (by id) that this one payment also covers (AMT: RMA and CMAS). */
  covers: z.array(z.string().max(60)).default([]),
});
export type Fee = z.infer<typeof feeSchema>;

export const rulePackSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9-]+$/, 'A rule pack id uses lower-case letters, digits and -.'),
  version: z.string().min(1).max(40),
  /** The credential's abbreviation, e.g. CMA. */
  credential: z.string().trim().min(1).max(40),
  /** The credential's full name, e.g. Certified Medical Assistant. */
  name: z.string().trim().min(1).max(200),
  /** The certifying body, e.g. AAMA, and its full name. */
  body: z.string().trim().min(1).max(40),
  bodyName: z.string().trim().max(200).default(''),
  builtIn: z.boolean().default(false),
  source: z.string().max(500).default(''),
  lastChecked: isoDateSchema.nullable().default(null),
  confirmNote: z
    .string()
    .max(500)
    .default('Rules change: confirm these requirements with your certifying body before you apply.'),
  /** Plain-words notes on figures that come from secondary sources only. */
  unverified: z.array(z.string().max(300)).default([]),
  cycle: cycleRuleSchema,
  /** What the pack calls one unit of its credit: points, CE credits, clock hours. */
  pointName: z.string().max(40).default('points'),
  totalRequired: z.number().min(0),
  categories: z.array(packCategorySchema).default([]),
  /**
   * Approved-provider rule: at least `minPoints` must come from activities approved by
   * one of `bodies`; credit from other providers counts at most (total - minPoints).
   */
  approvedProviders: z
    .object({
      bodies: z.array(z.string().min(1)).min(1),
      minPoints: z.number().min(0),
      label: z.string().max(120).default('approved providers'),
    })
    .nullable()
    .default(null),
  /** Points per unit for each unit this pack accepts; a unit not listed does not count. */
  unitPoints: z.partialRecord(unitSchema, z.number().positive()),
  /**
   * When set, an activity whose certificate states its minutes (durationMinutes) and
   * carries one credit in an hour-based unit the pack accepts (contact hour, clock hour,
   * 60-minute contact hour) is worth minutes / minutesPerPoint points, instead of the
   * unit's conversion (NCCT: 60, clock hours from the stated minutes).
   */
  minutesPerPoint: z.number().positive().max(600).nullable().default(null),
  kindRules: z.array(kindRuleSchema).default([]),
  /** Activities shorter than this do not count (AAMA: one contact hour, 50 minutes). */
  minActivityMinutes: z.number().int().positive().nullable().default(null),
  /** all: every activity; non_approved: only activities from providers outside approvedProviders. */
  minActivityMinutesFor: z.enum(['all', 'non_approved']).default('all'),
  /**
   * Credit counts from the 1st of January this many calendar years before the year the
   * cycle ends (NCCT: the year before the recertification year); null: from the cycle start.
   */
  creditFromCalendarYearsBefore: z.number().int().min(0).max(10).nullable().default(null),
  /** Days after expiry during which renewal by CE is still allowed; see graceMonths. */
  graceDays: z.number().int().min(0).default(0),
  /**
   * When set, the grace period ends on the last day of the month this many months after
   * the month of expiry (AAMA: "not expired for more than three months"; expiry 29
   * February -> 31 May), and graceDays is not used.
   */
  graceMonths: z.number().int().min(0).max(24).nullable().default(null),
  /** The ways back after a lapse, in the order the body lists them. */
  lapseRoutes: z.array(lapseRouteSchema).default([]),
  /** Days a body takes to process an application; "apply by" dates leave that time. */
  processing: z
    .array(z.object({ label: z.string().trim().min(1).max(120), days: z.number().int().min(0).max(365) }))
    .default([]),
  /** What happens after the grace period, in plain words. */
  lapsedNote: z.string().max(500).default(''),
  /** The exam route, where the body offers one. */
  examRoute: z
    .object({
      passMonthsBeforeExpiry: z.number().int().min(0),
      applyDaysBeforeExpiry: z.number().int().min(0),
    })
    .nullable()
    .default(null),
  fees: z.array(feeSchema).default([]),
  notes: z.array(z.string().max(500)).default([]),
  /** Questions the sources leave open; shown with the explanation, never answered for the user. */
  openQuestions: z.array(z.string().max(500)).default([]),
  /** Per-rule sources, quotes and last-checked dates. */
  ruleSources: z.array(ruleSourceSchema).default([]),
});
export type RulePack = z.output<typeof rulePackSchema>;
export type RulePackInput = z.input<typeof rulePackSchema>;
