import type { WithPlan } from '../../domain/plan/planned';
import {
  Anchor,
  Button,
  Card,
  Divider,
  Group,
  List,
  RingProgress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowRight, IconCalendarEvent, IconFileExport, IconGauge, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CredentialSummary, Deadline } from '../../domain/evaluation';
import { formatDate, percent } from '../components/format';
import { useFigures } from '../components/useFigures';
import { useStandingWords } from '../components/useStandingWords';
import { useVocabulary } from '../components/useVocabulary';
import { credentialLabel } from '../components/portfolio-queries';
import { ProgressLine } from '../components/ProgressLine';
import { statusColors } from '../components/status';
import { StatusBadge } from '../components/StatusBadge';
import { hrefOf, navigate } from '../shell/route';

const needsShown = 3;
const deadlinesShown = 3;

/** Where one credential stands, at a glance; the credential page has the full story. */
export function CredentialCard({
  evaluation: ev,
  wide = false,
  withPlan,
}: {
  evaluation: CredentialSummary;
  wide?: boolean;
  /** What the person's planned activities would do for it, when they have some for it. */
  withPlan?: WithPlan;
}) {
  const label = credentialLabel(ev);
  const counted = ev.activityCounts.counted + ev.activityCounts.partly;
  const notCounted = ev.activityCounts.notCounted;
  const { t } = useTranslation();
  const figures = useFigures();
  const said = useStandingWords();
  const vocabulary = useVocabulary();
  const needs = said.needs(ev);
  // The exam route's dates are another way to recertify, not the continuing-education
  // deadlines: they sit apart, under their own heading.
  const ahead = ev.deadlines.filter((d) => d.date >= ev.asOf);
  const upcoming = ahead.filter((d) => !isExamDeadline(d.key)).slice(0, deadlinesShown);
  const examRoute = ahead.filter((d) => isExamDeadline(d.key));
  const ringColor = ev.status === 'complete' ? 'green' : statusColors[ev.status];
  const urgent = ev.status !== 'complete' && ev.daysLeft < 90;

  return (
    <Card component="section" role="region" aria-label={label} shadow="xs">
      <Stack gap="md" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} fz={20}>
              {ev.credential}{' '}
              <Text span c="dimmed" fw={400} fz={16}>
                ({ev.body})
              </Text>
            </Title>
            <Text size="sm" c="dimmed">
              {ev.name}
            </Text>
          </div>
          <StatusBadge status={ev.status} />
        </Group>

        <Text fw={500}>{said.headline(ev)}</Text>
        {withPlan && ev.status !== 'complete' ? (
          <Anchor href={hrefOf({ page: 'plan' })} size="sm" fw={500}>
            <Group gap={6} wrap="nowrap" component="span">
              <IconRoute size={16} aria-hidden />
              <span>
                {withPlan.completeBy
                  ? t('planning.withPlan.completeBy', { date: formatDate(withPlan.completeBy) })
                  : t('planning.withPlan.short', { points: withPlan.stillNeeded })}
              </span>
            </Group>
          </Anchor>
        ) : null}

        <SimpleGrid cols={wide ? { base: 1, md: 2 } : 1} spacing="xl" verticalSpacing="md">
          <Stack gap="md">
            <Group gap="xl" wrap="nowrap" align="center">
              <RingProgress
                size={124}
                thickness={11}
                roundCaps={ev.counted > 0}
                sections={[{ value: percent(ev.counted, ev.required), color: ringColor }]}
                role="img"
                aria-label={t('figures.countedOf', {
                  counted: ev.counted,
                  required: ev.required,
                  points: figures.pointWord(ev.pointName, ev.required),
                })}
                label={
                  <Text fw={700} fz={22} ta="center" aria-hidden>
                    {Math.floor(percent(ev.counted, ev.required))}%
                  </Text>
                }
              />
              <Stack gap={6}>
                <Text fw={600}>
                  {t('figures.countedOf', {
                    counted: ev.counted,
                    required: ev.required,
                    points: figures.pointWord(ev.pointName, ev.required),
                  })}
                </Text>
                <Group gap={6} wrap="nowrap">
                  <IconCalendarEvent size={16} aria-hidden />
                  <Text size="sm">
                    {t(ev.daysLeft < 0 ? 'figures.expired' : 'figures.expires', {
                      date: formatDate(ev.cycle.end),
                    })}
                  </Text>
                </Group>
                <Text size="sm" fw={600} c={urgent ? 'red.8' : undefined}>
                  {figures.daysLeft(ev.daysLeft)}
                </Text>
                {ev.stillNeeded > 0 && (
                  <Text size="sm">
                    {t('figures.stillNeededPoints', {
                      count: ev.stillNeeded,
                      points: figures.pointWord(ev.pointName, ev.stillNeeded),
                    })}
                  </Text>
                )}
                {ev.pace && ev.stillNeeded > 0 && (
                  <Group gap={6} wrap="nowrap">
                    <IconGauge size={16} aria-hidden />
                    <Text size="sm">
                      {t('figures.perMonth', {
                        count: Math.round(ev.pace.pointsPerMonth * 10) / 10,
                        points: figures.pointWord(ev.pointName, Math.round(ev.pace.pointsPerMonth * 10) / 10),
                      })}
                    </Text>
                  </Group>
                )}
                <Text size="xs" c="dimmed">
                  {t('figures.activitiesCounted', { count: counted })}
                  {notCounted > 0 && ` · ${t('figures.notCounted', { count: notCounted })}`}
                </Text>
              </Stack>
            </Group>

            {needs.length > 0 && <NeedsList evaluation={ev} needs={needs} />}
          </Stack>
          <Stack gap="md">
            {(ev.categories.length > 0 || ev.approvedProviders) && (
              <Stack gap="sm">
                {ev.categories.map((category) => (
                  <ProgressLine
                    key={category.key}
                    label={vocabulary.category(category.key, category.label)}
                    counted={category.counted}
                    required={category.min}
                    stillNeeded={category.stillNeeded}
                    pointName={ev.pointName}
                  />
                ))}
                {ev.approvedProviders && (
                  <ProgressLine
                    label={said.approvedLabel(ev.approvedProviders.label)}
                    counted={ev.approvedProviders.counted}
                    required={ev.approvedProviders.min}
                    stillNeeded={ev.approvedProviders.stillNeeded}
                    pointName={ev.pointName}
                  />
                )}
              </Stack>
            )}

            {upcoming.length > 0 && (
              <DeadlineList title={t('deadlines.next')} deadlines={upcoming} evaluation={ev} />
            )}
            {examRoute.length > 0 && (
              <DeadlineList title={t('deadlines.byExam')} deadlines={examRoute} evaluation={ev} />
            )}
          </Stack>
        </SimpleGrid>

        <Divider mt="auto" />
        <Group justify="space-between">
          <Button
            component="a"
            href={hrefOf({ page: 'credential', id: ev.credentialId })}
            variant="light"
            rightSection={<IconArrowRight size={16} aria-hidden />}
            aria-label={t('figures.detailsFor', { credential: ev.credential })}
          >
            {t('figures.details')}
          </Button>
          <Button
            onClick={() => navigate({ page: 'packet', credentialId: ev.credentialId })}
            variant="default"
            leftSection={<IconFileExport size={16} aria-hidden />}
            aria-label={t('figures.exportPacketFor', { credential: ev.credential })}
          >
            {t('figures.exportPacket')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function NeedsList({ evaluation: ev, needs }: { evaluation: CredentialSummary; needs: string[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {t('figures.stillToDo')}
      </Text>
      <List size="sm" spacing={2}>
        {needs.slice(0, needsShown).map((need) => (
          <List.Item key={need}>{need}</List.Item>
        ))}
      </List>
      {needs.length > needsShown && (
        <Anchor href={hrefOf({ page: 'credential', id: ev.credentialId })} size="sm">
          {t('figures.andMore', { count: needs.length - needsShown })}
        </Anchor>
      )}
    </div>
  );
}

/** Deadline keys of the recertification-by-exam route (AAMA: pass the exam by, apply for it by). */
function isExamDeadline(key: string): boolean {
  return key.startsWith('exam_');
}

function DeadlineList({
  title,
  deadlines,
  evaluation: ev,
}: {
  title: string;
  deadlines: Deadline[];
  evaluation: CredentialSummary;
}) {
  const figures = useFigures();
  const said = useStandingWords();
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        {title}
      </Text>
      <Stack gap={2}>
        {deadlines.map((deadline) => (
          <Group key={deadline.key} justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm">{said.deadline(ev, deadline).label}</Text>
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatDate(deadline.date)} · {figures.relativeDays(deadline.date, ev.asOf)}
            </Text>
          </Group>
        ))}
      </Stack>
    </div>
  );
}
