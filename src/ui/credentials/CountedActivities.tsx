import { Anchor, Badge, Group, Pagination, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ActivityStanding, CredentialEvaluation } from '../../domain/evaluation';
import { formatNumber } from '../../domain/units';
import { EmptyState } from '../components/EmptyState';
import { formatDate } from '../components/format';
import { hrefOf } from '../shell/route';
import { SectionCard } from './SectionCard';

const pageSize = 20;

/** The activities whose credit counts toward this credential, with points per category. */
export function CountedActivities({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  const rows = useMemo(
    () => newestFirst(ev.activities.filter((a) => a.outcome !== 'not_counted')),
    [ev.activities],
  );
  const [page, setPage] = useState(1);
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);

  return (
    <SectionCard
      title="Activities counted"
      description={`${rows.length} ${rows.length === 1 ? 'activity counts' : 'activities count'} toward this credential, in ${ev.pointName}.`}
    >
      {rows.length === 0 ? (
        <EmptyState
          title="Nothing counted yet"
          description="Add an activity and tick this credential on it; its credit shows up here."
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table aria-label="Activities counted">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Activity</Table.Th>
                  <Table.Th>Completed</Table.Th>
                  {ev.categories.map((category) => (
                    <Table.Th key={category.key} ta="right">
                      {category.label}
                    </Table.Th>
                  ))}
                  <Table.Th ta="right">Counted</Table.Th>
                  {ev.approvedProviders && <Table.Th>Approved provider</Table.Th>}
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
                          Partly counted: {activity.reasons.join(' ')}
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
                          of {formatNumber(activity.earned)}
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
                          {activity.approvedProvider ? 'Yes' : 'No'}
                        </Badge>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pages total={rows.length} page={page} onChange={setPage} label="Activities counted" />
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
  if (rows.length === 0) return null;
  const shown = rows.slice((page - 1) * pageSize, page * pageSize);
  return (
    <SectionCard
      title="Activities not counted"
      description="These are claimed for this credential but none of their credit counts. Each says why."
    >
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label="Activities not counted">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Activity</Table.Th>
              <Table.Th>Completed</Table.Th>
              <Table.Th>Why it does not count</Table.Th>
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
                  <Text size="sm">{activity.reasons.join(' ') || 'No reason was given.'}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pages total={rows.length} page={page} onChange={setPage} label="Activities not counted" />
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
  if (pages <= 1) return null;
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {(page - 1) * pageSize + 1}–{Math.min(total, page * pageSize)} of {total}
      </Text>
      <Pagination
        total={pages}
        value={page}
        onChange={onChange}
        size="sm"
        aria-label={`${label}: pages`}
        getControlProps={(control) => ({
          'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page`,
        })}
        getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
      />
    </Group>
  );
}

function newestFirst(activities: ActivityStanding[]): ActivityStanding[] {
  return [...activities].sort(
    (a, b) => b.completedOn.localeCompare(a.completedOn) || b.activityId - a.activityId,
  );
}
