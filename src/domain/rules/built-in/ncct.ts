import { builtInPack, confirmWith, rulesChecked } from './shared';

const policy = 'NCCT: outside continuing-education policy CE-0309 (rev. January 2023)';

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
    '14 clock hours a year comes from secondary sources only.',
    'When a certificate states its minutes, the app counts minutes / 60 clock hours for a single contact-hour or clock-hour credit: the app’s reading of "clock hour".',
    'Renewal by calendar year, with outside credit from 1 January of the previous year, is the app’s reading of NCCT policy CE-0309: confirm with NCCT.',
    'A contact hour or AAMA CEU counted as 50/60 of a clock hour and an IACET CEU as 10 clock hours are the app’s conversions. If your certificate states 60-minute hours, enter them as clock hours.',
  ],
  cycle: { months: 12, anchor: 'certification_date', calendarYear: true },
  creditFromCalendarYearsBefore: 1,
  pointName: 'clock hours',
  totalRequired: 14,
  unitPoints: {
    clock_hour: 1,
    contact_hour_60: 1,
    contact_hour: contactHourInClockHours,
    aama_ceu: contactHourInClockHours,
    iacet_ceu: 10,
  },
  // Clock hours are 60 minutes: a certificate's stated minutes say how many, exactly.
  minutesPerPoint: 60,
  graceDays: 0,
  kindRules: [
    {
      kind: 'cpr_card',
      excluded: true,
      reason:
        'NCCT does not accept CPR, BLS, PALS or first-aid cards as CE (outside-CE policy CE-0309: activities that require periodic renewal).',
    },
  ],
  lapsedNote:
    'Recertification stays possible for up to five years without meeting the requirements; after that the exam must be retaken. Contact NCCT.',
  lapseRoutes: [
    {
      key: 'recertify',
      label: 'Recertify late',
      text: 'Meet the CE requirement and pay the renewal fee; NCCT allows this for up to five years.',
      withinMonthsOfExpiry: 60,
    },
    {
      key: 'exam',
      label: 'Retake the exam',
      text: 'After five years without meeting the requirements, retake the NCCT exam.',
    },
  ],
  ruleSources: [
    {
      rule: 'CPR, BLS, PALS and first-aid cards',
      source: policy,
      quote:
        'Not acceptable: "activities that require periodic renewal such as CPR, BLS, PALS, first aid, spirometry".',
      lastChecked: rulesChecked,
    },
    {
      rule: 'calendar year and look-back',
      source: policy,
      quote:
        'An outside course "must have been completed no earlier than the calendar year immediately preceding the recertification year".',
      lastChecked: rulesChecked,
      unverified: true,
    },
    {
      rule: '14 clock hours a year',
      source: 'Secondary sources only; no primary NCCT source found.',
      quote: '14 clock hours of CE a year.',
      lastChecked: rulesChecked,
      unverified: true,
    },
    {
      rule: 'after a lapse',
      source: 'NCCT: FAQ, ncctinc.com',
      quote:
        'After five years without meeting the requirements the certification is lost and the exam must be retaken.',
      lastChecked: rulesChecked,
    },
  ],
  fees: [{ label: 'NCCT annual renewal fee', amount: 77, every: 'year', unverified: true }],
  notes: [
    'Annual renewal by calendar year: 14 clock hours of CE a year and the yearly fee (both unverified).',
    'An outside course may be completed no earlier than the calendar year before the recertification year.',
    'CPR, BLS, PALS and first-aid cards do not count as CE. Repeating the same course earns nothing; documents must come from the provider.',
  ],
});
