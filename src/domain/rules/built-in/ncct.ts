import { builtInPack, confirmWith } from './shared';

/**
 * NCMA (NCCT) counts clock hours (60 minutes). A 50-minute contact hour, or an AAMA CEU
 * (which is one contact hour), is 5/6 of a clock hour: never credited as a full hour.
 */
const contactHourInClockHours = 5 / 6;

export const ncctNcma = builtInPack({
  id: 'ncct-ncma',
  credential: 'NCMA',
  name: 'National Certified Medical Assistant',
  body: 'NCCT',
  bodyName: 'National Center for Competency Testing',
  source:
    'NCCT: the annual renewal and continuing-education requirements pages of the National Center for ' +
    'Competency Testing website.',
  confirmNote: confirmWith('NCCT'),
  unverified: [
    'Annual renewal fee about $77 comes from secondary sources only.',
    'A contact hour or AAMA CEU counted as 50/60 of a clock hour and an IACET CEU as 10 clock hours are the app’s conversions. If your certificate states 60-minute hours, enter them as clock hours.',
  ],
  cycle: { months: 12, anchor: 'certification_date' },
  pointName: 'clock hours',
  totalRequired: 14,
  unitPoints: {
    clock_hour: 1,
    contact_hour: contactHourInClockHours,
    aama_ceu: contactHourInClockHours,
    iacet_ceu: 10,
  },
  graceDays: 0,
  lapsedNote: 'Contact NCCT about reinstating an expired certification.',
  fees: [{ label: 'NCCT annual renewal fee', amount: 77, every: 'year', unverified: true }],
  notes: ['Annual renewal: 14 clock hours of CE a year and the yearly fee.'],
});
