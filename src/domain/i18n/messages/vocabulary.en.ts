/**
 * The portfolio's own words: kinds of activity, units of credit and the well-known
 * categories. The domain keeps ids; these are how a person reads them.
 */
export const vocabulary = {
  kinds: {
    seminar: 'Seminar',
    conference: 'Conference',
    online_course: 'Online course',
    workshop: 'Workshop',
    training_program: 'Training program',
    publication: 'Published research or article',
    exam: 'Certification exam',
    self_study: 'Self-study program',
    journal_article_test: 'Magazine article with test',
    college_course: 'College course',
    cpr_card: 'CPR card',
    instructional_presentation: 'Instructional presentation',
    organizational_participation: 'Organizational participation',
    other: 'Other',
  },
  units: {
    contact_hour: '{count, plural, one {contact hour} other {contact hours}}',
    clock_hour: '{count, plural, one {clock hour} other {clock hours}}',
    aama_ceu: '{count, plural, one {AAMA CEU} other {AAMA CEUs}}',
    amt_ccp_point: '{count, plural, one {AMT CCP point} other {AMT CCP points}}',
    nha_ce_credit: '{count, plural, one {NHA CE credit} other {NHA CE credits}}',
    amca_ce_credit: '{count, plural, one {AMCA CE credit} other {AMCA CE credits}}',
    iacet_ceu: '{count, plural, one {IACET CEU} other {IACET CEUs}}',
    college_credit: '{count, plural, one {college credit} other {college credits}}',
    contact_hour_60: '{count, plural, one {60-minute contact hour} other {60-minute contact hours}}',
    cme_category_1: '{count, plural, one {AMA PRA Category 1 credit} other {AMA PRA Category 1 credits}}',
  },
  unitNotes: {
    contact_hour: 'a 50-minute session',
    clock_hour: '60 minutes',
    aama_ceu: '1 AAMA recertification point',
    amt_ccp_point: 'AMT Certification Continuation Program',
    nha_ce_credit: 'National Healthcareer Association',
    amca_ce_credit: 'American Medical Certification Association',
    iacet_ceu: '10 contact hours',
    college_credit: 'a quarter or semester credit',
    contact_hour_60: 'a 60-minute hour, as nursing (ANCC) certificates count it',
    cme_category_1: 'physicians’ CME, counted in hours',
  },
  categories: {
    administrative: 'Administrative',
    clinical: 'Clinical',
    general: 'General',
  },
} as const;
