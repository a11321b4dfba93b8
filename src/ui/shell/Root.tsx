import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call, keys } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { SetupPage } from '../setup/SetupPage';
import { AppLayout } from './AppLayout';
import { navigate } from './route';

/**
 * First run or not: with no holder saved the window shows the welcome steps; they stay
 * up until the person finishes them, even though the holder is saved at step one.
 */
export function Root() {
  const holder = useQuery({ queryKey: keys.holder, queryFn: () => call('getHolder', undefined) });
  const [inSetup, setInSetup] = useState<boolean | null>(null);
  const { t } = useTranslation();

  // Decided once, from the first answer: later holder changes must not pull the person
  // out of the welcome steps half-way.
  if (inSetup === null && holder.isSuccess) setInSetup(holder.data === null);

  if (holder.isError) {
    return (
      <Center mih="100vh" p="md">
        <Stack maw={520} w="100%">
          <ErrorAlert error={holder.error} title={t('shell.openFailed')} onRetry={() => holder.refetch()} />
        </Stack>
      </Center>
    );
  }
  if (inSetup === null) {
    return (
      <Center mih="100vh">
        <Stack align="center" gap="xs">
          <Loader aria-label={t('shell.opening')} />
          <Text size="sm" c="dimmed">
            {t('shell.opening')}
          </Text>
        </Stack>
      </Center>
    );
  }
  if (inSetup) {
    return (
      <SetupPage
        onFinished={() => {
          navigate({ page: 'dashboard' });
          setInSetup(false);
        }}
      />
    );
  }
  return <AppLayout holderName={holder.data?.fullName ?? null} />;
}
