import type { VerifyProblem } from '../verify-report';
import type { MessageKey, MessageValues } from './translator';

type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A problem found by the check, said in one language from its code and subject. */
export function verifyProblemWords(
  problem: Pick<VerifyProblem, 'code' | 'subject'> & Partial<Pick<VerifyProblem, 'concerns' | 'advice'>>,
  t: Translate,
): { concerns: string; advice: string } {
  const s = problem.subject;
  if (!s) return { concerns: problem.concerns ?? '', advice: problem.advice ?? '' };
  const restore = t('verify.restore');
  const certificate = () =>
    t('verify.certificate', { fileName: s.fileName ?? '', hash: (s.sha256 ?? '').slice(0, 12) });
  switch (problem.code) {
    case 'DATABASE_DAMAGED':
      return { concerns: t('verify.database'), advice: t('verify.damaged', { restore }) };
    case 'BROKEN_LINK':
      return {
        concerns: t('verify.record', { table: s.table ?? '', rowid: s.rowid ?? 0 }),
        advice: t('verify.brokenLink', { parent: s.parent ?? '', restore }),
      };
    case 'CERTIFICATE_MISSING':
      return { concerns: certificate(), advice: t('verify.missing') };
    case 'CERTIFICATE_CHANGED':
      return { concerns: certificate(), advice: t('verify.changed') };
    case 'UNUSED_FILE':
      return { concerns: s.path ?? problem.concerns ?? '', advice: t('verify.unused') };
    case 'LEFTOVER_FILE':
      return { concerns: s.path ?? problem.concerns ?? '', advice: t('verify.leftover') };
  }
}
