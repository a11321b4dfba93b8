import type { ActivityKind } from '../portfolio';
import type { Unit } from '../units';
import type { MessageKey } from './translator';

/**
 * The catalog keys for the portfolio's ids, written out one by one so the check for
 * unused keys sees each of them, and so a new kind or unit fails to compile until it
 * has words in both languages.
 */
export const kindKeys: Record<ActivityKind, MessageKey> = {
  seminar: 'vocabulary.kinds.seminar',
  conference: 'vocabulary.kinds.conference',
  online_course: 'vocabulary.kinds.online_course',
  workshop: 'vocabulary.kinds.workshop',
  training_program: 'vocabulary.kinds.training_program',
  publication: 'vocabulary.kinds.publication',
  exam: 'vocabulary.kinds.exam',
  self_study: 'vocabulary.kinds.self_study',
  journal_article_test: 'vocabulary.kinds.journal_article_test',
  college_course: 'vocabulary.kinds.college_course',
  cpr_card: 'vocabulary.kinds.cpr_card',
  instructional_presentation: 'vocabulary.kinds.instructional_presentation',
  organizational_participation: 'vocabulary.kinds.organizational_participation',
  other: 'vocabulary.kinds.other',
};

const unitKeys: Record<Unit, MessageKey> = {
  contact_hour: 'vocabulary.units.contact_hour',
  clock_hour: 'vocabulary.units.clock_hour',
  aama_ceu: 'vocabulary.units.aama_ceu',
  amt_ccp_point: 'vocabulary.units.amt_ccp_point',
  nha_ce_credit: 'vocabulary.units.nha_ce_credit',
  amca_ce_credit: 'vocabulary.units.amca_ce_credit',
  iacet_ceu: 'vocabulary.units.iacet_ceu',
  college_credit: 'vocabulary.units.college_credit',
  contact_hour_60: 'vocabulary.units.contact_hour_60',
  cme_category_1: 'vocabulary.units.cme_category_1',
};

const unitNoteKeys: Record<Unit, MessageKey> = {
  contact_hour: 'vocabulary.unitNotes.contact_hour',
  clock_hour: 'vocabulary.unitNotes.clock_hour',
  aama_ceu: 'vocabulary.unitNotes.aama_ceu',
  amt_ccp_point: 'vocabulary.unitNotes.amt_ccp_point',
  nha_ce_credit: 'vocabulary.unitNotes.nha_ce_credit',
  amca_ce_credit: 'vocabulary.unitNotes.amca_ce_credit',
  iacet_ceu: 'vocabulary.unitNotes.iacet_ceu',
  college_credit: 'vocabulary.unitNotes.college_credit',
  contact_hour_60: 'vocabulary.unitNotes.contact_hour_60',
  cme_category_1: 'vocabulary.unitNotes.cme_category_1',
};

const categoryKeys: Record<string, MessageKey> = {
  administrative: 'vocabulary.categories.administrative',
  clinical: 'vocabulary.categories.clinical',
  general: 'vocabulary.categories.general',
};

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** The words for kinds, units and categories in one language, from a translate function. */
export function vocabularyOf(t: Translate) {
  return {
    kind: (kind: ActivityKind) => t(kindKeys[kind]),
    /** The unit's name for an amount: "1 contact hour" reads the singular. */
    unit: (unit: Unit, count: number) => t(unitKeys[unit], { count }),
    unitNote: (unit: Unit) => t(unitNoteKeys[unit]),
    /** A well-known category in the person's language; a pack's own category by its label. */
    category: (key: string, packLabel?: string) => {
      const known = categoryKeys[key];
      return known ? t(known) : (packLabel ?? key.replace(/_/g, ' '));
    },
  };
}
export type Vocabulary = ReturnType<typeof vocabularyOf>;
