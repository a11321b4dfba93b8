import { builtInPack, confirmWith } from './shared';

/**
 * CMA (AAMA). The AAMA's point is the contact hour: 1 AAMA CEU = 1 contact hour = 1
 * point; a 60-minute clock hour is 60/50 = 1.2 points; an IACET CEU is 10 contact hours
 * = 10 points; a college credit (quarter or semester) is 15 points.
 */
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
    'A clock hour counted as 1.2 points (60/50 minutes) and an IACET CEU as 10 points are the app’s conversions from the AAMA’s 50-minute contact hour.',
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
  unitPoints: { aama_ceu: 1, contact_hour: 1, clock_hour: 1.2, iacet_ceu: 10, college_credit: 15 },
  kindRules: [
    {
      kind: 'cpr_card',
      pointsEach: 4,
      category: 'clinical',
      maxCount: 3,
    },
  ],
  minActivityMinutes: 50,
  graceDays: 90,
  lapsedNote:
    'Expired more than 90 days: recertification by continuing education is no longer allowed. ' +
    'Retake the CMA (AAMA) exam (3 attempts) and pay a $50 reactivation fee plus the exam fee.',
  examRoute: { passMonthsBeforeExpiry: 2, applyDaysBeforeExpiry: 30 },
  fees: [
    { label: 'Recertification fee (AAMA member)', amount: 125, every: 'renewal', unverified: true },
    { label: 'Recertification fee (non-member)', amount: 250, every: 'renewal', unverified: true },
  ],
  notes: [
    'At least 10 administrative, 10 clinical and 10 general points, and 30 more from any of the three.',
    'At least 30 of the 60 points must be AAMA-approved CEUs: at most 30 can come from other providers.',
    'Credit must be earned inside the cycle. CPR is not required, but a two-year CPR card issued inside the cycle counts as 4 clinical points (at most 3 cards); submit the front and back.',
    'Non-AAMA credit is not on the AAMA transcript: keep the certificate (your name, date, title, amount and type of credit, issuing organisation) and a course description, and submit them with the application. Applications with outside credit take weeks to process; AAMA-only ones are quick.',
    'Or recertify by exam: pass at least 2 months before expiry, with the application in at least 30 days before expiry.',
  ],
});
