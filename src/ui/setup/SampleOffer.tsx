import { Button, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconSparkles } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { refreshEverything } from '../components/portfolio-queries';

/** The one-step way for a newcomer to see the app working before typing anything. */
export function SampleOffer({ onLoaded }: { onLoaded: () => void }) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const load = useMutation({
    mutationFn: () => call('loadSamplePortfolio', undefined),
    onSuccess: async () => {
      await refreshEverything(queryClient);
      onLoaded();
    },
  });
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      bg="var(--ceu-soft-bg)"
      style={{ borderColor: 'var(--ceu-soft-border)' }}
    >
      <Stack gap="sm">
        <Group gap="md" wrap="nowrap" justify="space-between">
          <Group gap="md" wrap="nowrap">
            <ThemeIcon size={40} radius="xl" variant="white" aria-hidden style={{ flexShrink: 0 }}>
              <IconSparkles size={22} />
            </ThemeIcon>
            <div>
              <Text fw={600}>{t('setup.sampleTitle')}</Text>
              <Text size="sm" c="var(--ceu-strong-text)">
                {t('setup.sampleText')}
              </Text>
            </div>
          </Group>
          <Button onClick={() => load.mutate()} loading={load.isPending} style={{ flexShrink: 0 }}>
            {t('setup.loadSample')}
          </Button>
        </Group>
        {load.isError && <ErrorAlert error={load.error} title={t('setup.sampleFailed')} />}
      </Stack>
    </Paper>
  );
}
