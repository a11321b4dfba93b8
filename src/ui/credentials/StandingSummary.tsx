import { useTranslation } from 'react-i18next';
import { Card, Group, List, RingProgress, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconListCheck } from '@tabler/icons-react';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { formatNumber } from '../../domain/units';
import { formatDate, percent } from '../components/format';
import { useFigures } from '../components/useFigures';
import { useStandingWords } from '../components/useStandingWords';
import { statusColors, statusExplanations } from '../components/status';

/** The top of the credential page: the headline, the cycle, and what is missing. */
export function StandingSummary({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const said = useStandingWords();
  const needs = said.needs(ev);
  const points = (count: number) => figures.pointWord(ev.pointName, count);
  const pace = ev.pace ? Math.round(ev.pace.pointsPerMonth * 10) / 10 : 0;
  const ringColor = ev.status === 'complete' ? 'green' : statusColors[ev.status];
  return (
    <Card component="section" aria-label={t('credentialPage.standing')}>
      <Stack gap="lg">
        <Group gap="xl" align="center" wrap="wrap">
          <RingProgress
            size={140}
            thickness={13}
            roundCaps={ev.counted > 0}
            sections={[{ value: percent(ev.counted, ev.required), color: ringColor }]}
            role="img"
            aria-label={t('figures.countedOf', {
              counted: ev.counted,
              required: ev.required,
              points: points(ev.required),
            })}
            label={
              <Stack gap={0} align="center">
                <Text fw={700} fz={ringFontSize(ev.counted)} lh={1.1}>
                  {formatNumber(ev.counted)}
                </Text>
                <Text size="xs" c="dimmed" ta="center">
                  {t('credentialPage.ofRequired', { required: ev.required, points: points(ev.required) })}
                </Text>
              </Stack>
            }
          />
          <Stack gap={6} style={{ flex: 1, minWidth: 260 }}>
            <Text fw={600} fz="lg">
              {said.headline(ev)}
            </Text>
            <Text size="sm" c="dimmed">
              {t(statusExplanations[ev.status])}
            </Text>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" mt="xs">
              <Fact label={t('credentialPage.cycleStarted')} value={formatDate(ev.cycle.start)} />
              <Fact
                label={t(ev.daysLeft < 0 ? 'credentialPage.expiredOn' : 'credentialPage.expiresOn')}
                value={formatDate(ev.cycle.end)}
                note={t(
                  ev.cycle.from === 'entered_expiry' ? 'credentialPage.fromCard' : 'credentialPage.fromRules',
                )}
              />
              <Fact label={t('credentialPage.timeLeft')} value={figures.daysLeft(ev.daysLeft)} />
              <Fact
                label={t('credentialPage.paceNeeded')}
                value={
                  ev.pace && ev.stillNeeded > 0
                    ? t('figures.perMonth', { count: pace, points: points(pace) })
                    : '—'
                }
              />
            </SimpleGrid>
            <Text size="sm">
              {t('credentialPage.earnedCounted', {
                earned: ev.earned,
                earnedPoints: points(ev.earned),
                counted: ev.counted,
                countedPoints: points(ev.counted),
              })}
            </Text>
          </Stack>
        </Group>

        <div>
          <Group gap={8} mb={6}>
            <ThemeIcon
              size={24}
              radius="xl"
              variant="light"
              color={needs.length ? 'orange' : 'green'}
              aria-hidden
            >
              {needs.length ? <IconListCheck size={14} /> : <IconCircleCheck size={14} />}
            </ThemeIcon>
            <Text fw={600}>{t('credentialPage.missing')}</Text>
          </Group>
          {needs.length === 0 ? (
            <Text size="sm">{t('credentialPage.nothingMissing')}</Text>
          ) : (
            <List size="sm" spacing={4} aria-label={t('credentialPage.missing')}>
              {needs.map((need) => (
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
