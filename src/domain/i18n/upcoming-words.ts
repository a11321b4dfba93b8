import type { UpcomingItem } from '../reminders/upcoming';
import type { StandingSayer } from './standing-sayer';
import type { StandingFacts } from './standing-words';
import type { MessageKey, MessageValues } from './translator';

type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * A date ahead in the person's language: what it is ("CMA: Expiry", "BLS card: the card
 * expires") and what to do about it. A credential's deadline is said by its standing
 * words, from the evaluation it came from.
 */
export function sayUpcoming(
  item: UpcomingItem,
  t: Translate,
  sayer: StandingSayer,
  factsOf: (credentialId: number) => StandingFacts | undefined,
): { title: string; note: string } {
  switch (item.source) {
    case 'credential': {
      const facts = factsOf(item.credentialId);
      const words = facts ? sayer.deadline(facts, item.deadline) : item.deadline;
      return {
        title: t('reminders.credentialDeadline', { credential: item.credential, label: words.label }),
        note: words.note,
      };
    }
    case 'audit':
      return {
        title: t('reminders.auditDue', { credential: item.credential, reference: item.reference }),
        note: t('reminders.auditNote'),
      };
    case 'card':
      return { title: t('reminders.cardExpires', { title: item.title }), note: t('reminders.cardNote') };
    case 'self_study':
      return {
        title: t('reminders.selfStudyDay', { title: item.title }),
        note: t('reminders.selfStudyNote'),
      };
    case 'planned':
      return { title: t('reminders.plannedDay', { title: item.title }), note: t('reminders.plannedNote') };
  }
}
