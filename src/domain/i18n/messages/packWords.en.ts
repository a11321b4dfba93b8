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
} as const;
