import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';

export const sampleModeKey = ['sampleMode'] as const;

/**
 * On every page while the portfolio is the sample: says so, and clears it in one step.
 * Once cleared the window starts again at the welcome steps, for the person's own name.
 */
export function SampleBanner() {
  const { t } = useTranslation();
  const mode = useQuery({ queryKey: sampleModeKey, queryFn: () => call('getSampleMode', undefined) });
  const [confirming, setConfirming] = useState(false);
  const clear = useMutation({
    mutationFn: () => call('clearSample', undefined),
    // Everything on screen was the sample's: start the window again at the welcome steps.
    onSuccess: () => {
      window.location.hash = '#/dashboard';
      window.location.reload();
    },
  });
  if (!mode.data?.sample) return null;
  return (
    <>
      <Alert
        color="grape"
        variant="light"
        icon={<IconFlask aria-hidden />}
        title={t('sample.bannerTitle')}
        role="region"
        aria-label={t('sample.bannerTitle')}
        mb="lg"
      >
        <Group justify="space-between" gap="sm" align="center">
          <Text size="sm" maw={640}>
            {t('sample.bannerText')}
          </Text>
          <Button size="xs" variant="white" color="grape" onClick={() => setConfirming(true)}>
            {t('sample.clear')}
          </Button>
        </Group>
      </Alert>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('sample.confirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('sample.confirmText')}</Text>
          {clear.isError ? <ErrorAlert error={clear.error} title={t('sample.failed')} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
              {t('sample.cancel')}
            </Button>
            <Button color="red" onClick={() => clear.mutate()} loading={clear.isPending}>
              {t('sample.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
