import { Badge, Button, Group, List, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sayUpcoming } from '../../domain/i18n/upcoming-words';
import type { CredentialSummary } from '../../domain/evaluation';
import type { MessageKey, MessageValues } from '../../domain/i18n/translator';
import { call } from '../api/client';
import { upcomingKey } from '../audits/audit-queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { useFigures } from '../components/useFigures';
import { useStandingWords } from '../components/useStandingWords';
import { ReminderSettingsModal } from './ReminderSettingsModal';

/** Days ahead the panel lists; beyond them it names only the next date. */
const panelDays = 90;
const panelMost = 6;

/**
 * "What needs you": the next dates for the person's credentials (expiry, apply-by, end of
 * grace, yearly fees), open audits and CPR cards, soonest first, each with what to do.
 */
export function UpcomingPanel({ credentials }: { credentials: readonly CredentialSummary[] }) {
  const { t } = useTranslation();
  const said = useStandingWords();
  const figures = useFigures();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const upcoming = useQuery({ queryKey: upcomingKey, queryFn: () => call('listUpcoming', undefined) });
  const translate = (key: MessageKey, values?: MessageValues) => t(key, values ?? {});
  const words = (item: NonNullable<typeof upcoming.data>['items'][number]) =>
    sayUpcoming(item, translate, said, (id) => credentials.find((c) => c.credentialId === id));

  if (upcoming.isError)
    return (
      <ErrorAlert
        error={upcoming.error}
        title={t('reminders.panelTitle')}
        onRetry={() => upcoming.refetch()}
      />
    );
  const items = upcoming.data?.items ?? [];
  const soon = items.filter((item) => item.daysLeft <= panelDays).slice(0, panelMost);
  const next = items[0];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="upcoming-title">
      <Group justify="space-between" mb={4} wrap="wrap">
        <Group gap="xs">
          <IconBell size={20} aria-hidden />
          <Title order={2} size="h4" id="upcoming-title">
            {t('reminders.panelTitle')}
          </Title>
        </Group>
        <Button variant="subtle" size="xs" onClick={() => setSettingsOpen(true)}>
          {t('reminders.settings.open')}
        </Button>
      </Group>
      <ReminderSettingsModal opened={settingsOpen} onClose={() => setSettingsOpen(false)} />
      <Text size="sm" c="dimmed" mb="sm">
        {t('reminders.panelHelp')}
      </Text>
      {upcoming.isPending ? (
        <Skeleton height={60} aria-busy="true" aria-label={t('reminders.loading')} />
      ) : soon.length > 0 ? (
        <List spacing="sm" listStyleType="none" aria-label={t('reminders.panelList')}>
          {soon.map((item) => {
            const { title, note } = words(item);
            return (
              <List.Item key={item.uid}>
                <Stack gap={2}>
                  <Group gap="xs" wrap="wrap">
                    <Badge variant="light" color={item.daysLeft <= 30 ? 'orange' : 'gray'}>
                      {figures.relativeDays(item.date, upcoming.data!.asOf)}
                    </Badge>
                    <Text size="sm" fw={600}>
                      {title}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {formatDate(item.date)}
                    </Text>
                  </Group>
                  <Text size="sm">{note}</Text>
                </Stack>
              </List.Item>
            );
          })}
        </List>
      ) : next ? (
        <Text size="sm">
          {t('reminders.panelEmpty', {
            days: panelDays,
            date: formatDate(next.date),
            title: words(next).title,
          })}
        </Text>
      ) : (
        <Text size="sm">{t('reminders.panelNothing')}</Text>
      )}
    </Paper>
  );
}
