import type { UnreadableReason } from './messages/unreadable.en';
import type { MessageKey } from './translator';

/** Each reason's catalog key, written out so the check for unused keys sees it. */
const reasonKeys: Record<UnreadableReason, MessageKey> = {
  empty: 'unreadable.empty',
  missingFromStore: 'unreadable.missingFromStore',
  pdfCutOff: 'unreadable.pdfCutOff',
  pdfDamaged: 'unreadable.pdfDamaged',
  pdfPageListDamaged: 'unreadable.pdfPageListDamaged',
  pdfPageUnreadable: 'unreadable.pdfPageUnreadable',
  pdfNoPages: 'unreadable.pdfNoPages',
  notAPdf: 'unreadable.notAPdf',
  needsPassword: 'unreadable.needsPassword',
  wrongPassword: 'unreadable.wrongPassword',
  notReadable: 'unreadable.notReadable',
  imageDamaged: 'unreadable.imageDamaged',
  imageNoSize: 'unreadable.imageNoSize',
  heicDamaged: 'unreadable.heicDamaged',
  unknown: 'unreadable.unknown',
};

/**
 * Why a certificate cannot go into the packet, in one language: core sends the reason's
 * code beside its English; without a code (an older report) the English is shown.
 */
export function unreadableReason(
  problem: { reason: string; reasonCode?: string },
  t: (key: MessageKey) => string,
): string {
  const code = problem.reasonCode as UnreadableReason | undefined;
  return code && code in reasonKeys ? t(reasonKeys[code]) : problem.reason;
}
