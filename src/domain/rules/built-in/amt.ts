import type { RulePackInput } from '../../rule-pack';
import { builtInPack, confirmWith, hourBasedUnits, hourBasisNote } from './shared';

/** RMA and CMAS share AMT's Certification Continuation Program: 30 points every 3 years. */
function amtPack(id: string, credential: string, name: string) {
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
      'Per-kind caps (professional education, formal education, authorship, instructional presentations, organisational participation) are not published in the sources we checked; none are applied.',
    ],
    cycle: { months: 36, anchor: 'certification_date' },
    pointName: 'CCP points',
    totalRequired: 30,
    unitPoints: { amt_ccp_point: 1, aama_ceu: 1, ...hourBasedUnits },
    graceDays: 0,
    lapsedNote:
      'Points had to be earned inside the cycle, and retaking the exam does not satisfy the CCP: contact AMT about reinstatement.',
    fees: [{ label: 'AMT annual fee', amount: 50, every: 'year', unverified: false }],
    notes: [
      '30 CCP points every 3 years, earned inside the cycle; no rollover.',
      'Employment no longer earns CCP points (ended in 2020).',
      'AMT records its own CE automatically; other documents are asked for only in an audit (random audits each January; failing one means decertification). Keep every certificate.',
      'Retaking the exam does not satisfy the CCP.',
    ],
  };
  return builtInPack(pack);
}

export const amtRma = amtPack('amt-rma', 'RMA', 'Registered Medical Assistant');
export const amtCmas = amtPack('amt-cmas', 'CMAS', 'Certified Medical Administrative Specialist');
