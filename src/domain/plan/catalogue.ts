import { z } from 'zod';
import { activityKindSchema, categorySchema } from '../portfolio';

/**
 * The catalogue of ways to earn credit, shipped as versioned data like the rule packs.
 * Only facts from the bodies' and providers' own descriptions are stated plainly; every
 * figure we could not confirm is listed in `unverified` so the person checks it first.
 */

export const catalogueVersion = '2026.12';
export const catalogueLastChecked = '2026-12-05';
export const pricesChangeNote = 'Prices change: check with the provider before you buy.';

export const deliverySchema = z.enum(['online', 'in_person', 'hybrid']);
/** How the credit reaches the body: posted to the AAMA transcript, or a certificate to keep. */
export const creditRouteSchema = z.enum(['aama_transcript', 'certificate']);
/** A per-unit purchase (one course) or a membership that covers many units for a year. */
export const pricingSchema = z.enum(['per_unit', 'yearly_membership']);

export const catalogueItemSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1)
    .max(80)
    .regex(/^[a-z0-9-]+$/),
  name: z.string().trim().min(1).max(120),
  provider: z.string().trim().min(1).max(120),
  kind: activityKindSchema,
  /** Bodies that accept its credit (AAMA, AMT, NHA, ARMA, NCCT, AMCA). */
  acceptedBy: z.array(z.string().trim().min(1).max(20)).min(1),
  aamaApproved: z.boolean(),
  /** Categories one unit can cover; the planner chooses which. */
  categories: z.array(categorySchema).min(1),
  /** Typical points one unit brings. */
  creditPerUnit: z.number().positive(),
  /** Typical hours of effort one unit takes. */
  hoursPerUnit: z.number().positive(),
  pricing: pricingSchema,
  /** Typical cost in US dollars; null when not known. */
  costMember: z.number().min(0).nullable(),
  costNonMember: z.number().min(0).nullable(),
  /** For a membership: the points one year of it can bring at most. */
  creditPerYear: z.number().positive().nullable().default(null),
  /** At most this many units count in one cycle (CPR cards: three). */
  maxUnits: z.number().int().positive().nullable().default(null),
  /** Months allowed to finish after purchase (AAMA self-study: six). */
  finishWithinMonths: z.number().int().positive().nullable().default(null),
  /** Months a card stays valid (CPR: two years). */
  validityMonths: z.number().int().positive().nullable().default(null),
  delivery: deliverySchema,
  creditRoute: creditRouteSchema,
  source: z.string().max(300),
  unverified: z.array(z.string().max(300)).default([]),
  /** The person already owns it (an ACE membership, a Relias all-access year): costs nothing more. */
  owned: z.boolean().default(false),
  /** Added by the person (an employer's in-house training, a local workshop). */
  custom: z.boolean().default(false),
});
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;
export type CatalogueItemInput = z.input<typeof catalogueItemSchema>;

const domainNotes = 'CEU Portfolio domain notes: "Where credit comes from" (AAMA, Relias, ACE descriptions)';
const unverifiedCredit = 'Typical credit and hours per unit are the app’s estimate, not a provider figure.';

const builtIn: CatalogueItemInput[] = [
  {
    id: 'aama-e-learning',
    name: 'AAMA e-Learning Center test',
    provider: 'AAMA',
    kind: 'online_course',
    acceptedBy: ['AAMA'],
    aamaApproved: true,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 1,
    hoursPerUnit: 1,
    pricing: 'per_unit',
    costMember: null,
    costNonMember: null,
    delivery: 'online',
    creditRoute: 'aama_transcript',
    source: domainNotes,
    unverified: [unverifiedCredit, 'Cost per test is not stated in our sources.'],
  },
  {
    id: 'cma-today-test',
    name: 'CMA Today article test',
    provider: 'AAMA',
    kind: 'journal_article_test',
    acceptedBy: ['AAMA'],
    aamaApproved: true,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 1,
    hoursPerUnit: 1,
    pricing: 'per_unit',
    costMember: 0,
    costNonMember: null,
    delivery: 'online',
    creditRoute: 'aama_transcript',
    source: domainNotes,
    unverified: [unverifiedCredit, 'The cost for non-members is not stated in our sources.'],
  },
  {
    id: 'aama-self-study',
    name: 'AAMA self-study course',
    provider: 'AAMA',
    kind: 'self_study',
    acceptedBy: ['AAMA'],
    aamaApproved: true,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 5,
    hoursPerUnit: 5,
    pricing: 'per_unit',
    costMember: null,
    costNonMember: null,
    finishWithinMonths: 6,
    delivery: 'online',
    creditRoute: 'aama_transcript',
    source: domainNotes,
    unverified: [unverifiedCredit, 'Prices are not stated; members pay about half of the non-member price.'],
  },
  {
    id: 'aama-conference',
    name: 'AAMA annual conference',
    provider: 'AAMA',
    kind: 'conference',
    acceptedBy: ['AAMA'],
    aamaApproved: true,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 15,
    hoursPerUnit: 20,
    pricing: 'per_unit',
    costMember: null,
    costNonMember: null,
    maxUnits: 1,
    delivery: 'in_person',
    creditRoute: 'aama_transcript',
    source: domainNotes,
    unverified: [unverifiedCredit, 'Conference fees and travel costs are not stated in our sources.'],
  },
  {
    id: 'aama-chapter-workshop',
    name: 'AAMA chapter or state society workshop',
    provider: 'AAMA local chapters and state societies',
    kind: 'workshop',
    acceptedBy: ['AAMA'],
    aamaApproved: true,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 3,
    hoursPerUnit: 3,
    pricing: 'per_unit',
    costMember: null,
    costNonMember: null,
    delivery: 'in_person',
    creditRoute: 'certificate',
    source: domainNotes,
    unverified: [unverifiedCredit, 'Workshop fees vary by chapter and are not stated in our sources.'],
  },
  {
    id: 'cpr-card',
    name: 'Two-year CPR card',
    provider: 'Any CPR course provider',
    kind: 'cpr_card',
    acceptedBy: ['AAMA'],
    aamaApproved: false,
    categories: ['clinical'],
    creditPerUnit: 4,
    hoursPerUnit: 4,
    pricing: 'per_unit',
    costMember: null,
    costNonMember: null,
    maxUnits: 3,
    validityMonths: 24,
    delivery: 'in_person',
    creditRoute: 'certificate',
    source:
      domainNotes +
      '; AAMA recertification guidelines (two-year CPR cards, 4 clinical points, at most three)',
    unverified: [
      'Whether CPR points count toward the 30 AAMA-approved points is not stated: the app treats them as outside credit.',
      'Course fees are not stated in our sources.',
    ],
  },
  {
    id: 'relias-course',
    name: 'Relias Academy course',
    provider: 'Relias Academy',
    kind: 'online_course',
    acceptedBy: ['AAMA'],
    aamaApproved: false,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 1,
    hoursPerUnit: 1,
    pricing: 'per_unit',
    costMember: 15,
    costNonMember: 15,
    delivery: 'online',
    creditRoute: 'certificate',
    source: domainNotes,
    unverified: [
      unverifiedCredit,
      'Courses cost about $15 to $60 each; the lowest figure is used here.',
      'Which bodies accept Relias credit is not stated in our sources.',
    ],
  },
  {
    id: 'relias-all-access',
    name: 'Relias Academy all-access year',
    provider: 'Relias Academy',
    kind: 'online_course',
    acceptedBy: ['AAMA'],
    aamaApproved: false,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 1,
    hoursPerUnit: 1,
    pricing: 'yearly_membership',
    costMember: 249,
    costNonMember: 249,
    creditPerYear: 40,
    delivery: 'online',
    creditRoute: 'certificate',
    source: domainNotes,
    unverified: [
      'About $249 a year; how many points a year can bring is the app’s estimate.',
      'Which bodies accept Relias credit is not stated in our sources.',
    ],
  },
  {
    id: 'ace-membership',
    name: 'ACE (Annals of Continuing Education) membership',
    provider: 'Annals of Continuing Education',
    kind: 'online_course',
    acceptedBy: ['AAMA', 'AMT', 'NHA', 'ARMA'],
    aamaApproved: true,
    categories: ['administrative', 'clinical', 'general'],
    creditPerUnit: 1,
    hoursPerUnit: 1,
    pricing: 'yearly_membership',
    costMember: 29.95,
    costNonMember: 29.95,
    creditPerYear: 40,
    delivery: 'online',
    creditRoute: 'certificate',
    source: domainNotes + ' (about $29.95 a year, more than 40 CEUs a year, pass mark 80%, three attempts)',
    unverified: [
      'Each course states its own credit and content areas; one point an hour is the app’s estimate.',
    ],
  },
];

export const builtInCatalogue: readonly CatalogueItem[] = builtIn.map((item) =>
  catalogueItemSchema.parse(item),
);

/**
 * The catalogue the planner uses: the built-in items, the person's own items (a custom
 * item with the same id replaces the built-in one), and what the person marked as owned.
 */
export function personalCatalogue(
  custom: readonly CatalogueItemInput[],
  ownedIds: readonly string[],
): CatalogueItem[] {
  const byId = new Map<string, CatalogueItem>();
  for (const item of builtInCatalogue) byId.set(item.id, item);
  for (const input of custom) {
    const item = catalogueItemSchema.parse({ ...input, custom: true });
    byId.set(item.id, item);
  }
  const owned = new Set(ownedIds);
  return [...byId.values()].map((item) => (owned.has(item.id) ? { ...item, owned: true } : item));
}

/** The price the person pays: nothing when owned, the member price when they are a member. */
export function priceFor(item: CatalogueItem, member: boolean): number | null {
  if (item.owned) return 0;
  return member ? (item.costMember ?? item.costNonMember) : (item.costNonMember ?? item.costMember);
}
