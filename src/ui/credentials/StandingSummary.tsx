import { useTranslation } from 'react-i18next';
import { Card, Group, List, RingProgress, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconListCheck } from '@tabler/icons-react';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { formatNumber } from '../../domain/units';
import { formatDate, formatDaysLeft, formatPace, formatPoints, percent } from '../components/format';
import { statusColors, statusExplanations } from '../components/status';

/** The top of the credential page: the headline, the cycle, and what is missing. */
export function StandingSummary({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  const { t } = useTranslation();
  const ringColor = ev.status === 'complete' ? 'green' : statusColors[ev.status];
  return (
    <Card component="section" aria-label="Standing">
      <Stack gap="lg">
        <Group gap="xl" align="center" wrap="wrap">
          <RingProgress
            size={140}
            thickness={13}
            roundCaps={ev.counted > 0}
            sections={[{ value: percent(ev.counted, ev.required), color: ringColor }]}
            role="img"
            aria-label={`${formatNumber(ev.counted)} of ${formatNumber(ev.required)} ${ev.pointName} counted`}
            label={
              <Stack gap={0} align="center">
                <Text fw={700} fz={ringFontSize(ev.counted)} lh={1.1}>
                  {formatNumber(ev.counted)}
                </Text>
                <Text size="xs" c="dimmed" ta="center">
                  of {formatNumber(ev.required)} {ev.pointName}
                </Text>
              </Stack>
            }
          />
          <Stack gap={6} style={{ flex: 1, minWidth: 260 }}>
            <Text fw={600} fz="lg">
              {ev.headline}
            </Text>
            <Text size="sm" c="dimmed">
              {t(statusExplanations[ev.status])}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" mt="xs">
              <Fact label="Cycle started" value={formatDate(ev.cycle.start)} />
              <Fact
                label={ev.daysLeft < 0 ? 'Expired on' : 'Expires on'}
                value={formatDate(ev.cycle.end)}
                note={ev.cycle.from === 'entered_expiry' ? 'from your card' : 'worked out from the rules'}
              />
              <Fact label="Time left" value={formatDaysLeft(ev.daysLeft)} />
              <Fact
                label="Pace needed"
                value={
                  ev.pace && ev.stillNeeded > 0
                    ? `About ${formatPoints(Math.round(ev.pace.pointsPerMonth * 10) / 10, ev.pointName, formatPace(ev.pace.pointsPerMonth))} a month`
                    : '—'
                }
              />
            </SimpleGrid>
            <Text size="sm">
              Earned {formatPoints(ev.earned, ev.pointName)} in this cycle;{' '}
              {formatPoints(ev.counted, ev.pointName)} count after the limits.
            </Text>
          </Stack>
        </Group>

        <div>
          <Group gap={8} mb={6}>
            <ThemeIcon
              size={24}
              radius="xl"
              variant="light"
              color={ev.needs.length ? 'orange' : 'green'}
              aria-hidden
            >
              {ev.needs.length ? <IconListCheck size={14} /> : <IconCircleCheck size={14} />}
            </ThemeIcon>
            <Text fw={600}>What is missing</Text>
          </Group>
          {ev.needs.length === 0 ? (
            <Text size="sm">Nothing: every requirement in this rule pack is met.</Text>
          ) : (
            <List size="sm" spacing={4} aria-label="What is missing">
              {ev.needs.map((need) => (
                <List.Item key={need}>{need}</List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </Card>
  );
}

function Fact({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </div>
  );
}

/** Big numbers (a long career of credit) still fit inside the ring. */
function ringFontSize(value: number): number {
  const length = formatNumber(value).length;
  return length <= 4 ? 28 : length <= 6 ? 22 : 17;
}
