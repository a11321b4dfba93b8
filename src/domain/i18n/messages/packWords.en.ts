/**
 * The built-in rule packs' own names for things (how to apply, fees), so they read in
 * the person's language too. A pack the person wrote keeps its own words.
 */
export const packWords = {
  mailedApplication: 'A mailed application',
  onlineApplication: 'An online application',
  expeditedApplication: 'An expedited online application',
  memberFee: 'Recertification fee (AAMA member)',
  nonMemberFee: 'Recertification fee (non-member)',
  reactivationFee: 'Reactivation fee (after a lapse, plus the exam fee)',
  amtAnnualFee: 'AMT annual fee',
  ncctAnnualFee: 'NCCT annual renewal fee',
  nhaRenewalFee: 'NHA renewal fee (sources say $179 or $185)',
  aamaLapsed:
    'Expired more than three months: recertification by continuing education is no longer allowed. Retake the CMA (AAMA) exam (3 attempts) and pay a $50 reactivation fee plus the exam fee.',
  amtLapsed:
    'Lapsed: reactivate by CCP (an application and a fee; the application is valid 6 months; all activities completed within the past three years) or by exam. Lapsed 10 years or more: only by exam.',
  nhaLapsed: 'Contact NHA about reinstating an expired certification.',
  ncctLapsed:
    'Recertification stays possible for up to five years without meeting the requirements; after that the exam must be retaken. Contact NCCT.',
  amcaLapsed: 'Contact AMCA about reinstating an expired certification.',
  /** Which language this catalog is, so a pack's longer sentences can be looked up (pack-prose). */
  languageCode: 'en',
  confirmWith: 'Rules and fees change: confirm these requirements with the {body} before you apply.',
} as const;
