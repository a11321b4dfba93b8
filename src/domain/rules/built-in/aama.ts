import { builtInPack, confirmWith, rulesChecked } from './shared';

/**
 * CMA (AAMA). 1 AAMA CEU = 1 point. No AAMA source gives a 60-minute hour more than one
 * point, so a clock hour (and a 60-minute contact hour) is 1 point; an IACET CEU (ten
 * 60-minute hours) is 10; a college credit (quarter or semester) is 15.
 */
const faq = 'AAMA: "Recertify your CMA (AAMA) credential" FAQ, aama-ntl.org';
export const aamaCma = builtInPack({
  id: 'aama-cma',
  credential: 'CMA',
  name: 'Certified Medical Assistant',
  body: 'AAMA',
  bodyName: 'American Association of Medical Assistants',
  source:
    'AAMA: the CMA (AAMA) Recertification Guidelines and the "Recertify your CMA (AAMA) credential" pages ' +
    'of the AAMA website, with the CMA (AAMA) Certification Examination candidate handbook.',
  confirmNote: confirmWith('AAMA'),
  unverified: [
    'Recertification fee (about $125 for members, $250 for non-members) comes from secondary sources only.',
    'A 60-minute clock hour counted as 1 point and an IACET CEU as 10 points are the app’s reading: no AAMA source gives a 60-minute hour more than 1 point.',
    'Whether CPR card points count toward the 30 AAMA-approved points is not stated: the app treats them as outside credit.',
  ],
  openQuestions: [
    'Does credit earned during the grace period (after expiry) count? The AAMA does not say; it says credit must be issued within the recertification period. Ask the AAMA before relying on it.',
  ],
  ruleSources: [
    {
      rule: 'grace period',
      source: faq,
      quote:
        'As long as your credential has not been expired for more than three months, you may recertify by continuing education. (Worked example: expiry 29 February, grace until the end of May.)',
      lastChecked: rulesChecked,
    },
    {
      rule: 'reactivation after the grace period',
      source: faq,
      quote: 'Retake the exam (3 attempts) and pay a $50 reactivation fee plus the exam fee.',
      lastChecked: rulesChecked,
    },
    {
      rule: 'clock hour and IACET CEU',
      source: 'No AAMA source found; IACET defines 1 CEU as ten 60-minute contact hours.',
      quote: 'No AAMA source gives a 60-minute hour more than 1 point.',
      lastChecked: rulesChecked,
      unverified: true,
    },
    {
      rule: 'CPR cards',
      source: 'AAMA: CMA (AAMA) Recertification Guidelines',
      quote:
        'A two-year CPR card issued inside the cycle counts as 4 clinical points, at most 3 cards (12 points).',
      lastChecked: rulesChecked,
    },
    {
      rule: 'CPR cards toward the 30 AAMA-approved points',
      source: 'Not stated in the AAMA pages we checked.',
      quote: '',
      lastChecked: rulesChecked,
      unverified: true,
    },
    {
      rule: '50-minute minimum',
      source: 'AAMA: CMA (AAMA) Recertification Guidelines',
      quote: 'Non-AAMA programs must be at least one contact hour (50 minutes).',
      lastChecked: rulesChecked,
    },
    {
      rule: 'processing times',
      source: faq,
      quote: 'Mailed applications take about 30 days, online 2–3 weeks, online expedited 5–7 days.',
      lastChecked: rulesChecked,
    },
    {
      rule: 'recertification fee',
      source: 'Secondary sources only.',
      quote: 'About $125 for members and $250 for non-members.',
      lastChecked: rulesChecked,
      unverified: true,
    },
  ],
  cycle: { months: 60, anchor: 'end_of_month' },
  pointName: 'points',
  totalRequired: 60,
  categories: [
    {
      key: 'administrative',
      label: 'Administrative',
      min: 10,
      description: 'Medical coding, billing, patient charting, scheduling and other office work.',
    },
    {
      key: 'clinical',
      label: 'Clinical',
      min: 10,
      description: 'Treating, examining and assessing patients.',
    },
    {
      key: 'general',
      label: 'General',
      min: 10,
      description:
        'Topics for every medical assistant that are neither administrative nor clinical, such as communication, law and ethics.',
    },
  ],
  approvedProviders: { bodies: ['AAMA'], minPoints: 30, label: 'AAMA-approved providers' },
  unitPoints: {
    aama_ceu: 1,
    contact_hour: 1,
    clock_hour: 1,
    contact_hour_60: 1,
    iacet_ceu: 10,
    college_credit: 15,
  },
  kindRules: [
    {
      kind: 'cpr_card',
      pointsEach: 4,
      category: 'clinical',
      maxCount: 3,
      minValidMonths: 24,
      countsTowardApproved: false,
    },
  ],
  minActivityMinutes: 50,
  minActivityMinutesFor: 'non_approved',
  graceMonths: 3,
  lapsedNote:
    'Expired more than three months: recertification by continuing education is no longer allowed. ' +
    'Retake the CMA (AAMA) exam (3 attempts) and pay a $50 reactivation fee plus the exam fee.',
  lapseRoutes: [
    {
      key: 'exam',
      label: 'Reactivate by exam',
      text: 'Retake the CMA (AAMA) exam (3 attempts; after a third failure only a new accredited program restores eligibility) and pay the $50 reactivation fee plus the exam fee.',
      fee: 50,
      examAttempts: 3,
    },
  ],
  processing: [
    { label: 'A mailed application', days: 30 },
    { label: 'An online application', days: 21 },
    { label: 'An expedited online application', days: 7 },
  ],
  examRoute: { passMonthsBeforeExpiry: 2, applyDaysBeforeExpiry: 30 },
  fees: [
    { label: 'Recertification fee (AAMA member)', amount: 125, every: 'renewal', unverified: true },
    { label: 'Recertification fee (non-member)', amount: 250, every: 'renewal', unverified: true },
    {
      label: 'Reactivation fee (after a lapse, plus the exam fee)',
      amount: 50,
      every: 'renewal',
      unverified: false,
    },
  ],
  notes: [
    'At least 10 administrative, 10 clinical and 10 general points, and 30 more from any of the three.',
    'At least 30 of the 60 points must be AAMA-approved CEUs: at most 30 can come from other providers.',
    'Credit must be earned inside the cycle. CPR is not required, but a two-year CPR card issued inside the cycle counts as 4 clinical points (at most 3 cards); only two-year cards count; submit the front and back.',
    'The 50-minute minimum applies to programs from providers other than the AAMA.',
    'Processing: a mailed application takes about 30 days, online 2–3 weeks, online expedited 5–7 days; instant when every credit is an AAMA CEU.',
    'Non-AAMA credit is not on the AAMA transcript: keep the certificate (your name, date, title, amount and type of credit, issuing organization) and a course description, and submit them with the application. Applications with outside credit take weeks to process; AAMA-only ones are quick.',
    'Or recertify by exam: pass at least 2 months before expiry, with the application in at least 30 days before expiry.',
  ],
});
