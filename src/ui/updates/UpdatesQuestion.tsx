import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useSetUpdateChecks, useUpdateChecks } from './update-queries';

/**
 * Asked once, on the dashboard after setup: may the app check for new versions? Until
 * the person answers, nothing is checked; the answer can be changed from the Portfolio menu.
 */
export function UpdatesQuestion() {
  const { t } = useTranslation();
  const checks = useUpdateChecks();
  const choose = useSetUpdateChecks();
  if (!checks.data || checks.data.check !== null) return null;
  return (
    <Alert
      variant="light"
      color="ocean"
      icon={<IconRefresh aria-hidden />}
      title={t('updates.askTitle')}
      role="region"
      aria-label={t('updates.askTitle')}
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('updates.askText')}</Text>
        {choose.isError ? <ErrorAlert error={choose.error} title={t('updates.saveFailed')} /> : null}
        <Group gap="sm">
          <Button size="xs" onClick={() => choose.mutate(true)} loading={choose.isPending}>
            {t('updates.yes')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => choose.mutate(false)}
            disabled={choose.isPending}
          >
            {t('updates.no')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
