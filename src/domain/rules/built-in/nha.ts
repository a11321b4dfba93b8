import { builtInPack, confirmWith, hourBasedUnits, hourBasisNote } from './shared';

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
      'Renewal fee about $179 to $185 comes from secondary sources only.',
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
    fees: [{ label: 'NHA renewal fee', amount: 179, every: 'renewal', unverified: true }],
    notes: [
      '10 CE credits every 2 years.',
      'NHA’s portal shows "Ready to renew" once enough credits are in.',
    ],
  });
}

export const nhaCcma = nhaPack('nha-ccma', 'CCMA', 'Certified Clinical Medical Assistant');
export const nhaCmaa = nhaPack('nha-cmaa', 'CMAA', 'Certified Medical Administrative Assistant');
export const nhaCpt = nhaPack('nha-cpt', 'CPT', 'Certified Phlebotomy Technician');
