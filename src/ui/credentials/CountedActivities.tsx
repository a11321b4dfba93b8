import { Anchor, Badge, Group, Pagination, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ActivityStanding, CredentialEvaluation } from '../../domain/evaluation';
import { formatNumber } from '../../domain/units';
import { EmptyState } from '../components/EmptyState';
import { formatDate } from '../components/format';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../shell/route';
import { useFigures } from '../components/useFigures';
import { useStandingWords } from '../components/useStandingWords';
import { useVocabulary } from '../components/useVocabulary';
import { SectionCard } from './SectionCard';

const pageSize = 20;

/** The activities whose credit counts toward this credential, with points per category. */
export function CountedActivities({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  const rows = useMemo(
    () => newestFirst(ev.activities.filter((a) => a.outcome !== 'not_counted')),
    [ev.activities],
  );
  const [page, setPage] = useState(1);
  const { t } = useTranslation();
  const figures = useFigures();
  const vocabulary = useVocabulary();
  const said = useStandingWords();
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);

  return (
    <SectionCard
      title={t('credentialPage.countedTitle')}
      description={t('credentialPage.countedHelp', {
        count: rows.length,
        points: figures.pointWord(ev.pointName, 2),
      })}
    >
      {rows.length === 0 ? (
        <EmptyState
          title={t('credentialPage.nothingCounted')}
          description={t('credentialPage.nothingCountedHelp')}
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label={t('credentialPage.countedTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('credentialPage.activity')}</Table.Th>
                  <Table.Th>{t('credentialPage.completed')}</Table.Th>
                  {ev.categories.map((category) => (
                    <Table.Th key={category.key} ta="right">
                      {vocabulary.category(category.key, category.label)}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">{t('credentialPage.counted')}</Table.Th>
                  {ev.approvedProviders && <Table.Th>{t('credentialPage.approvedProvider')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((activity) => (
                  <Table.Tr key={activity.activityId}>
                    <Table.Td maw={320}>
                      <Anchor href={hrefOf({ page: 'activity', id: activity.activityId })} size="sm" fw={500}>
                        {activity.title}
                      </Anchor>
                      {activity.outcome === 'partly' && (
                        <Text size="xs" c="var(--ceu-warning-text)">
                          {t('credentialPage.partly', {
                            reasons: activity.reasons.map((reason) => said.reason(ev, reason)).join(' '),
                          })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(activity.completedOn)}</Table.Td>
                    {ev.categories.map((category) => (
                      <Table.Td key={category.key} ta="right">
                        {formatNumber(activity.countedByCategory[category.key] ?? 0)}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right" fw={600}>
                      {formatNumber(activity.counted)}
                      {activity.earned !== activity.counted && (
                        <Text span size="xs" c="dimmed" fw={400}>
                          {' '}
                          {t('credentialPage.ofEarned', { earned: activity.earned })}
                        </Text>
                      )}
                    </Table.Td>
                    {ev.approvedProviders && (
                      <Table.Td>
                        <Badge
                          variant="light"
                          radius="sm"
                          color={activity.approvedProvider ? 'green' : 'gray'}
                        >
                          {activity.approvedProvider ? t('credentialPage.yes') : t('credentialPage.no')}
                        </Badge>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pages
            total={rows.length}
            page={page}
            onChange={setPage}
            label={t('credentialPage.countedTitle')}
          />
        </>
      )}
    </SectionCard>
  );
}

/** Activities claimed for this credential whose credit does not count, each with why. */
export function NotCountedActivities({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  const rows = useMemo(
    () => newestFirst(ev.activities.filter((a) => a.outcome === 'not_counted')),
    [ev.activities],
  );
  const [page, setPage] = useState(1);
  const { t } = useTranslation();
  const said = useStandingWords();
  if (rows.length === 0) return null;
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  return (
    <SectionCard title={t('credentialPage.notCountedTitle')} description={t('credentialPage.notCountedHelp')}>
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label={t('credentialPage.notCountedTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('credentialPage.activity')}</Table.Th>
              <Table.Th>{t('credentialPage.completed')}</Table.Th>
              <Table.Th>{t('credentialPage.why')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((activity) => (
              <Table.Tr key={activity.activityId}>
                <Table.Td maw={300}>
                  <Anchor href={hrefOf({ page: 'activity', id: activity.activityId })} size="sm" fw={500}>
                    {activity.title}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(activity.completedOn)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {activity.reasons.map((reason) => said.reason(ev, reason)).join(' ') ||
                      t('credentialPage.noReason')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pages total={rows.length} page={page} onChange={setPage} label={t('credentialPage.notCountedTitle')} />
    </SectionCard>
  );
}

function Pages({
  total,
  page,
  onChange,
  label,
}: {
  total: number;
  page: number;
  onChange: (page: number) => void;
  label: string;
}) {
  const pages = Math.ceil(total / pageSize);
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {t('credentialPage.range', {
          from: (page - 1) * pageSize + 1,
          to: Math.min(total, page * pageSize),
          total,
        })}
      </Text>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        size="sm"
        aria-label={t('credentialPage.pagesOf', { label })}
        getControlProps={(control) => ({ 'aria-label': t(pageControls[control]) })}
        getItemProps={(n) => ({ 'aria-label': t('credentialPage.pageNumber', { page: n }) })}
      />
    </Group>
  );
}

function newestFirst(activities: ActivityStanding[]): ActivityStanding[] {
  return [...activities].sort(
    (a, b) => b.completedOn.localeCompare(a.completedOn) || b.activityId - a.activityId,
  );
}

const pageControls = {
  first: 'credentialPage.firstPage',
  previous: 'credentialPage.previousPage',
  next: 'credentialPage.nextPage',
  last: 'credentialPage.lastPage',
} as const;
