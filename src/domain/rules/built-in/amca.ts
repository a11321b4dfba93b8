import { builtInPack, confirmWith, hourBasedUnits, hourBasisNote, rulesChecked } from './shared';

/** AMCA medical assistant credentials: valid 2 years from the test date, 10 CE credits. */
export const amcaMa = builtInPack({
  id: 'amca-ma',
  credential: 'CMAC',
  name: 'Clinical Medical Assistant Certification (AMCA medical assistant credentials)',
  body: 'AMCA',
  bodyName: 'American Medical Certification Association',
  source:
    'AMCA: the certification renewal and continuing-education pages of the American Medical Certification ' +
    'Association website.',
  confirmNote: confirmWith('AMCA'),
  unverified: [
    hourBasisNote,
    'An AAMA CEU counted as one CE credit is the app’s reading.',
    'Renewal fee: not in the sources we checked. Add it to this credential when you know it.',
    'The 30-day grace period comes from an older AMCA page only.',
  ],
  ruleSources: [
    {
      rule: 'grace period',
      source: 'AMCA: an older certification renewal page',
      quote: 'A 30-day grace period after expiry.',
      lastChecked: rulesChecked,
      unverified: true,
    },
  ],
  cycle: { months: 24, anchor: 'certification_date' },
  pointName: 'CE credits',
  totalRequired: 10,
  unitPoints: { amca_ce_credit: 1, aama_ceu: 1, ...hourBasedUnits },
  graceDays: 30,
  lapsedNote: 'Contact AMCA about reinstating an expired certification.',
  notes: [
    'Valid 2 years from the test date; 10 CE credits every 2 years.',
    'Outside credit is reviewed and must show your name, hours, date and course title.',
  ],
});
