import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconCheck, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PlannedActivity } from '../../domain/plan/planned';
import type { Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { describeCredits } from '../activities/activity-list';
import { credentialNames } from '../activities/activity-vocabulary';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { EmptyState } from '../components/EmptyState';
import { formatDate, formatMoney } from '../components/format';
import { useVocabulary } from '../components/useVocabulary';
import { SectionCard } from '../credentials/SectionCard';
import { navigate } from '../shell/route';
import { useDeletePlanned } from './plan-queries';

type Props = {
  planned: PlannedActivity[];
  credentials: Credential[];
  rulePacks: RulePack[];
  today: string;
  onAdd(): void;
  onEdit(planned: PlannedActivity): void;
};

/** The planned activities, soonest first: each can be marked done, changed or removed. */
export function PlannedSection({ planned, credentials, rulePacks, today, onAdd, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const vocabulary = useVocabulary();
  const remove = useDeletePlanned();
  const [removing, setRemoving] = useState<PlannedActivity | null>(null);
  const names = credentialNames(credentials, rulePacks);
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  return (
    <SectionCard title={t('planning.planned.heading')} description={t('planning.planned.help')}>
      {planned.length === 0 ? (
        <EmptyState
          icon={<IconCalendarEvent size={32} aria-hidden />}
          title={t('planning.planned.emptyTitle')}
          description={t('planning.planned.empty')}
          action={
            <Button variant="light" onClick={onAdd}>
              {t('planning.planned.add')}
            </Button>
          }
        />
      ) : (
        <Stack
          gap="sm"
          component="ul"
          aria-label={t('planning.planned.heading')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {planned.map((item) => {
            const credit = describeCredits(item.credits, {
              category: (key) => (key ? vocabulary.category(key) : ''),
              unit: vocabulary.unit,
              noCredit: t('planning.planned.noCredit'),
              mixedUnits: '',
            });
            const creditText =
              item.credits.length === 0 ? credit.summary : `${credit.summary.trim()} · ${credit.unit}`;
            const past = item.plannedOn < today;
            const counted = item.credentialIds.map((id) => names.get(id)).filter((n): n is string => !!n);
            return (
              <Card component="li" key={item.id} withBorder padding="md" aria-label={item.title}>
                <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
                  <Stack gap={4} style={{ flex: '1 1 320px', minWidth: 0 }}>
                    <Text fw={600}>{item.title}</Text>
                    <Text size="sm" c="dimmed">
                      {item.provider}
                    </Text>
                    <Group gap="xs">
                      <Badge variant="light" color={past ? 'orange' : 'ocean'}>
                        {past
                          ? t('planning.planned.overdue', { date: formatDate(item.plannedOn) })
                          : t('planning.planned.plannedFor', { date: formatDate(item.plannedOn) })}
                      </Badge>
                    </Group>
                    <Text size="sm">
                      {item.credits.length === 0
                        ? creditText
                        : t('planning.planned.expected', { credit: creditText })}
                    </Text>
                    <Text size="sm">
                      {counted.length > 0
                        ? t('planning.planned.countsToward', { credentials: list.format(counted) })
                        : t('planning.planned.forNone')}
                      {item.cost !== null
                        ? ` · ${t('planning.planned.cost', { cost: formatMoney(item.cost) })}`
                        : ''}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    <Button
                      leftSection={<IconCheck size={16} aria-hidden />}
                      aria-label={t('planning.planned.markDoneLabel', { title: item.title })}
                      onClick={() => navigate({ page: 'activity', fromPlanned: item.id })}
                    >
                      {t('planning.planned.markDone')}
                    </Button>
                    <Button
                      variant="default"
                      leftSection={<IconPencil size={16} aria-hidden />}
                      aria-label={t('planning.planned.editLabel', { title: item.title })}
                      onClick={() => onEdit(item)}
                    >
                      {t('planning.planned.edit')}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={16} aria-hidden />}
                      aria-label={t('planning.planned.removeLabel', { title: item.title })}
                      onClick={() => setRemoving(item)}
                    >
                      {t('planning.planned.remove')}
                    </Button>
                  </Group>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
      <ConfirmDelete
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('planning.planned.removeTitle')}
        confirmLabel={t('planning.planned.remove')}
        onConfirm={async () => {
          await remove.mutateAsync(removing!.id);
          notifications.show({
            color: 'teal',
            title: t('planning.planned.removed'),
            message: removing!.title,
          });
        }}
      >
        {removing ? t('planning.planned.removeText', { title: removing.title }) : null}
      </ConfirmDelete>
    </SectionCard>
  );
}
