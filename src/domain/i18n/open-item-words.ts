import type { OpenItem } from '../packet';
import { formatNumber } from '../units';
import { pointWordOf } from './standing-words';
import type { MessageKey, MessageValues } from './translator';

/** A packet's open item in one language: the window's list and the command line say the same. */
export function openItemText(item: OpenItem, t: (key: MessageKey, values?: MessageValues) => string): string {
  switch (item.code) {
    case 'requirementsNotMet':
      return item.stillNeeded > 0
        ? t('preflight.requirementsNotMet', {
            credential: item.credential,
            needed: `${formatNumber(item.stillNeeded)} ${pointWordOf(item.pointName, item.stillNeeded, t)}`,
          })
        : t('preflight.requirementsNotMetNoCount', { credential: item.credential });
    case 'noCertificate':
      return t('preflight.noCertificate', { title: item.activityTitle });
    case 'noDescription':
      return t('preflight.noDescription', { title: item.activityTitle });
    case 'nameDiffers':
      return t('preflight.nameDiffers', {
        credential: item.credential,
        coverName: item.coverName,
        nameOnRecord: item.nameOnRecord,
      });
  }
}
