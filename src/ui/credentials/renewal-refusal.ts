import type { TFunction } from 'i18next';
import type { RenewalRefusalDetails } from '../../domain/renewal';
import { ApiFailure } from '../api/client';
import { formatDate } from '../components/format';

const problems = ['in_future', 'before_cycle_start', 'not_open', 'ce_closed', 'nothing_to_undo'] as const;

/** A refused renewal (or undo) in the person's language; null for any other failure, shown as it came. */
export function renewalRefusal(t: TFunction, error: unknown): string | null {
  if (!(error instanceof ApiFailure)) return null;
  const details = error.details as Partial<RenewalRefusalDetails> | undefined;
  const credential = details?.credential ?? '';
  switch (details?.problem && problems.includes(details.problem) ? details.problem : null) {
    case 'in_future':
      return t('renewals.problem.in_future');
    case 'before_cycle_start':
      return t('renewals.problem.before_cycle_start', { credential, start: formatDate(details?.cycleStart) });
    case 'not_open':
      return t('renewals.problem.not_open', { credential, date: formatDate(details?.opensOn) });
    case 'ce_closed':
      return t('renewals.problem.ce_closed', { credential });
    case 'nothing_to_undo':
      return t('renewals.problem.nothing_to_undo', { credential });
    default:
      return null;
  }
}
