import { builtInPack, confirmWith, hourBasedUnits, hourBasisNote, rulesChecked } from './shared';

/** NHA's CCMA, CMAA and CPT follow one two-year pattern: 10 CE credits. */
function nhaPack(id: string, credential: string, name: string) {
  return builtInPack({
    id,
    credential,
    name,
    body: 'NHA',
    bodyName: 'National Healthcareer Association',
    source:
      'NHA: the certification renewal and continuing-education pages of the National Healthcareer ' +
      'Association website and the NHA candidate handbook.',
    confirmNote: confirmWith('NHA'),
    unverified: [
      'Renewal fee: sources say $179 and $185; neither is confirmed by NHA.',
      hourBasisNote,
      'An AAMA CEU counted as one CE credit is the app’s reading.',
      'Whether NHA counts a CPR/BLS card as CE is not in the sources we checked; a CPR card counts only with the credit you enter.',
    ],
    cycle: { months: 24, anchor: 'certification_date' },
    pointName: 'CE credits',
    totalRequired: 10,
    unitPoints: { nha_ce_credit: 1, aama_ceu: 1, ...hourBasedUnits },
    graceDays: 0,
    lapsedNote: 'Contact NHA about reinstating an expired certification.',
    fees: [
      {
        label: 'NHA renewal fee (sources say $179 or $185)',
        amount: 179,
        every: 'renewal',
        unverified: true,
      },
    ],
    notes: [
      '10 CE credits every 2 years.',
      'NHA’s portal shows "Ready to renew" once enough credits are in.',
      'NHA sells a membership that includes CE: check whether it is cheaper than paying for courses and the fee separately.',
    ],
    ruleSources: [
      {
        rule: 'renewal fee',
        source: 'Secondary sources only; they disagree.',
        quote: 'Renewal fee $179 (one source) or $185 (another).',
        lastChecked: rulesChecked,
        unverified: true,
      },
      {
        rule: '10 CE credits every 2 years',
        source: 'Secondary sources.',
        quote: '10 CE credits every 2 years.',
        lastChecked: rulesChecked,
        unverified: true,
      },
    ],
  });
}

export const nhaCcma = nhaPack('nha-ccma', 'CCMA', 'Certified Clinical Medical Assistant');
export const nhaCmaa = nhaPack('nha-cmaa', 'CMAA', 'Certified Medical Administrative Assistant');
export const nhaCpt = nhaPack('nha-cpt', 'CPT', 'Certified Phlebotomy Technician');
