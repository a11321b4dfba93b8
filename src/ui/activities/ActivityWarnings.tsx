import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ActivityWarning, activityWarnings } from '../../domain/activity-warnings';
import type { MessageKey } from '../../domain/i18n/translator';
import type { Credential } from '../../domain/portfolio';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
import { localToday } from '../audits/audit-dates';
import { formatDate } from '../components/format';
import type { ActivityFormControl } from './activity-form';

/**
 * What looks like a typing slip (a date after today, before the credential, years too
 * old; more credit than one activity gives), shown as the person types and before they
 * save. A warning never stops the save: the person may know better.
 */
export function ActivityWarnings({
  control,
  credentials,
  names,
}: {
  control: ActivityFormControl;
  credentials: readonly Credential[];
  names: Map<number, string>;
}) {
  const { t } = useTranslation();
  const [completedOn, credits, credentialIds] = useWatch({
    control,
    name: ['completedOn', 'credits', 'credentialIds'],
  });
  const warnings = useMemo(
    () =>
      activityWarnings({
        completedOn,
        credits,
        credentials: credentials
          .filter((credential) => credentialIds.includes(credential.id))
          .map((credential) => ({
            name: names.get(credential.id) ?? '',
            certifiedOn: credential.certifiedOn,
          })),
        today: localToday(),
      }),
    [completedOn, credits, credentialIds, credentials, names],
  );
  // Always in the page, so a screen reader hears a warning when it appears.
  return (
    <div role="status" aria-live="polite">
      {warnings.length > 0 ? (
        <Alert
          color="yellow"
          variant="light"
          title={t('activityForm.warningsTitle')}
          icon={<IconAlertTriangle size={18} aria-hidden />}
        >
          <List size="sm" spacing={4}>
            {warnings.map((warning) => (
              <List.Item key={warning.code + ('credential' in warning ? warning.credential : '')}>
                {sentence(warning, (key, values) => t(key, values ?? {}))}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            {t('activityForm.warningsNote')}
          </Text>
        </Alert>
      ) : null}
    </div>
  );
}

function sentence(warning: ActivityWarning, t: Translate): string {
  switch (warning.code) {
    case 'futureDate':
      return t('activityForm.futureDate', { date: formatDate(warning.date) });
    case 'beforeCredential':
      return t('activityForm.beforeCredential', {
        credential: warning.credential,
        certifiedOn: formatDate(warning.certifiedOn),
      });
    case 'longAgo':
      return t('activityForm.longAgo', { years: warning.years });
    case 'largeCredit':
      return t('activityForm.largeCredit', { amount: warning.amount });
  }
}
