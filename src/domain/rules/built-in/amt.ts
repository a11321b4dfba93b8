import type { RulePackInput } from '../../rule-pack';
import { builtInPack, confirmWith, hourBasedUnits, hourBasisNote, rulesChecked } from './shared';

/** RMA and CMAS share AMT's Certification Continuation Program: 30 points every 3 years. */
function amtPack(id: string, credential: string, name: string, other: string) {
  const pack: Omit<RulePackInput, 'version' | 'builtIn' | 'lastChecked'> = {
    id,
    credential,
    name,
    body: 'AMT',
    bodyName: 'American Medical Technologists',
    source:
      'AMT: the Certification Continuation Program (CCP) guidelines and the CCP and renewal pages of the ' +
      'American Medical Technologists website.',
    confirmNote: confirmWith('AMT'),
    unverified: [
      hourBasisNote,
      'An AAMA CEU counted as one CCP point is the app’s reading.',
      'College credit is not converted: AMT’s conversion is not in the sources we checked. Enter the CCP points AMT assigns, or set a conversion for this credential.',
      'The reactivation fee amount is not in the sources we checked.',
      'One annual fee covering both RMA and CMAS is the app’s reading.',
      'Per-kind caps (professional education, formal education, authorship, instructional presentations, organizational participation) are not published in the sources we checked; none are applied.',
    ],
    cycle: { months: 36, anchor: 'certification_date' },
    pointName: 'CCP points',
    totalRequired: 30,
    unitPoints: { amt_ccp_point: 1, aama_ceu: 1, ...hourBasedUnits },
    graceDays: 0,
    lapsedNote:
      'Lapsed: reactivate by CCP (an application and a fee; the application is valid 6 months; all activities completed within the past three years) or by exam. Lapsed 10 years or more: only by exam.',
    lapseRoutes: [
      {
        key: 'ccp',
        label: 'Reactivate by CCP',
        text: 'Send AMT a reactivation application with its fee; the application is valid for 6 months, and all activities must have been completed within the past three years.',
        withinMonthsOfExpiry: 120,
        applicationValidMonths: 6,
        creditLookbackMonths: 36,
      },
      {
        key: 'exam',
        label: 'Reactivate by exam',
        text: 'Pass the certification exam again (the only route once lapsed 10 years or more).',
      },
    ],
    fees: [
      {
        label: 'AMT annual fee',
        amount: 50,
        every: 'year',
        unverified: false,
        dueInAnniversaryMonth: true,
        covers: [other],
      },
    ],
    ruleSources: [
      {
        rule: 'reactivation after a lapse',
        source: 'AMT: reactivation page, americanmedtech.org',
        quote:
          'Reactivation by CCP: an application plus a fee, valid 6 months, "all activities completed within the past three years"; or by exam. Lapsed 10 years or more: only by exam.',
        lastChecked: rulesChecked,
      },
      {
        rule: 'annual fee',
        source: 'AMT: renewal pages, americanmedtech.org',
        quote: 'The yearly fee ($50 for RMA and CMAS) is due in the anniversary month.',
        lastChecked: rulesChecked,
      },
      {
        rule: 'reactivation fee',
        source: 'AMT: reactivation page',
        quote: 'An application plus a fee (amount not in the sources we checked).',
        lastChecked: rulesChecked,
        unverified: true,
      },
    ],
    notes: [
      '30 CCP points every 3 years, earned inside the cycle; no rollover.',
      'Employment no longer earns CCP points (ended in 2020).',
      'AMT records its own CE automatically; other documents are asked for only in an audit (random audits each January; failing one means decertification). Keep every certificate.',
      'The yearly fee is due in your anniversary month; one fee covers RMA and CMAS held together (the app’s reading).',
      'After a lapse: reactivate by CCP (credit from the three years before the application counts) or by exam; after 10 years lapsed, only by exam.',
    ],
  };
  return builtInPack(pack);
}

export const amtRma = amtPack('amt-rma', 'RMA', 'Registered Medical Assistant', 'amt-cmas');
export const amtCmas = amtPack('amt-cmas', 'CMAS', 'Certified Medical Administrative Specialist', 'amt-rma');
