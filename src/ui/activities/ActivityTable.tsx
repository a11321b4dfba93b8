import {
  ActionIcon,
  Anchor,
  Badge,
  Checkbox,
  Group,
  Table,
  Text,
  Tooltip,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPaperclip, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../domain/portfolio';
import { activityKindLabels } from '../../domain/portfolio';
import type { ActivityStanding } from '../../domain/evaluation';
import { formatDate } from '../components/format';
import type { ActivitySort } from './activity-list';
import { describeCredits } from './activity-list';
import type { CategoryOption } from './activity-vocabulary';

type Props = {
  activities: Activity[];
  sort: ActivitySort;
  onSortChange(sort: ActivitySort): void;
  categories: CategoryOption[];
  credentialNames: Map<number, string>;
  /** How each credential's rules treat each activity, when the evaluation has loaded. */
  standings: Map<number, Map<number, ActivityStanding>>;
  onOpen(activity: Activity): void;
  onDelete(activity: Activity): void;
  /** The activities ticked for a change to several at once. */
  selected: Set<number>;
  onSelect(ids: number[], on: boolean): void;
};

const outcomeLook: Record<ActivityStanding['outcome'], { color: string; words: string }> = {
  counted: { color: 'teal', words: 'counts' },
  partly: { color: 'yellow', words: 'counts in part' },
  not_counted: { color: 'gray', words: 'does not count' },
};

/** One page of activities. The title is a real button so the row opens from the keyboard too. */
export function ActivityTable(props: Props) {
  const { activities, sort, onSortChange } = props;
  const { t } = useTranslation();
  const nextSort: ActivitySort = sort === 'newest' ? 'oldest' : 'newest';
  const byDate = sort === 'newest' || sort === 'oldest';
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Activities">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('activityList.selectAll')}
                checked={activities.length > 0 && activities.every((a) => props.selected.has(a.id))}
                indeterminate={
                  activities.some((a) => props.selected.has(a.id)) &&
                  !activities.every((a) => props.selected.has(a.id))
                }
                onChange={(event) =>
                  props.onSelect(
                    activities.map((a) => a.id),
                    event.currentTarget.checked,
                  )
                }
              />
            </Table.Th>
            <Table.Th aria-sort={byDate ? (sort === 'newest' ? 'descending' : 'ascending') : 'none'} w={130}>
              <UnstyledButton
                onClick={() => onSortChange(nextSort)}
                aria-label={`Date, sorted ${sort === 'newest' ? 'newest first' : 'oldest first'}; sort ${nextSort} first`}
              >
                <Group gap={4} wrap="nowrap">
                  <Text fw={700} size="sm">
                    Date
                  </Text>
                  {sort === 'newest' ? (
                    <IconArrowDown size={14} aria-hidden />
                  ) : sort === 'oldest' ? (
                    <IconArrowUp size={14} aria-hidden />
                  ) : null}
                </Group>
              </UnstyledButton>
            </Table.Th>
            <SortableHeader
              label="Title"
              active={sort === 'title'}
              onSort={() => onSortChange('title')}
              hint={t('activityList.sortAtoZ')}
            />
            <SortableHeader
              label="Provider"
              active={sort === 'provider'}
              onSort={() => onSortChange('provider')}
              hint={t('activityList.sortAtoZ')}
            />
            <Table.Th>Kind</Table.Th>
            <Table.Th>Credit</Table.Th>
            <Table.Th ta="center">Certificates</Table.Th>
            <Table.Th>Counts toward</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((activity) => (
            <ActivityRow key={activity.id} activity={activity} {...props} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ActivityRow({
  activity,
  categories,
  credentialNames,
  standings,
  onOpen,
  onDelete,
  selected,
  onSelect,
}: Props & { activity: Activity }) {
  const { t } = useTranslation();
  // A CPR card's credit is fixed by each rule pack (the AAMA: 4 clinical points), not entered.
  const credit =
    activity.kind === 'cpr_card' && activity.credits.length === 0
      ? { summary: 'Set by the rules', unit: 'CPR card' }
      : describeCredits(activity.credits, categories);
  return (
    <Table.Tr style={{ cursor: 'pointer' }} onClick={() => onOpen(activity)}>
      <Table.Td onClick={(event) => event.stopPropagation()}>
        <Checkbox
          aria-label={t('activityList.select', { title: activity.title })}
          checked={selected.has(activity.id)}
          onChange={(event) => onSelect([activity.id], event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(activity.completedOn)}</Table.Td>
      <Table.Td>
        <Anchor
          component="button"
          type="button"
          size="sm"
          fw={500}
          c="var(--mantine-color-text)"
          ta="left"
          onClick={(event) => {
            event.stopPropagation();
            onOpen(activity);
          }}
        >
          {activity.title}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{activity.provider}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{activityKindLabels[activity.kind]}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{credit.summary}</Text>
        {credit.unit ? (
          <Text size="xs" c="dimmed">
            {credit.unit}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td ta="center">
        {activity.certificates.length > 0 ? (
          <Group gap={4} justify="center" wrap="nowrap">
            <IconPaperclip size={14} aria-hidden />
            <Text size="sm">{activity.certificates.length}</Text>
          </Group>
        ) : (
          <Badge color="orange" variant="light" size="sm">
            None
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <CountsToward activity={activity} credentialNames={credentialNames} standings={standings} />
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Delete ${activity.title}`}
          onClick={(event) => {
            event.stopPropagation();
            onDelete(activity);
          }}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

function CountsToward({
  activity,
  credentialNames,
  standings,
}: Pick<Props, 'credentialNames' | 'standings'> & { activity: Activity }) {
  if (activity.credentialIds.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not claimed
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {activity.credentialIds.map((credentialId) => {
        const name = credentialNames.get(credentialId) ?? `Credential ${credentialId}`;
        const standing = standings.get(credentialId)?.get(activity.id);
        if (!standing) {
          return (
            <Badge key={credentialId} variant="outline" color="gray" size="sm">
              {name}
            </Badge>
          );
        }
        const look = outcomeLook[standing.outcome];
        const why = standing.reasons.length > 0 ? ` — ${standing.reasons.join(' ')}` : '';
        return (
          <Tooltip key={credentialId} label={`${name}: ${look.words}${why}`} multiline w={280}>
            <Badge variant="light" color={look.color} size="sm">
              {name}
              <VisuallyHidden>: {look.words}</VisuallyHidden>
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}

/** A column header that sorts the list A to Z by that column, said to screen readers with aria-sort. */
function SortableHeader({
  label,
  active,
  onSort,
  hint,
}: {
  label: string;
  active: boolean;
  onSort(): void;
  hint: string;
}) {
  return (
    <Table.Th aria-sort={active ? 'ascending' : 'none'}>
      <UnstyledButton onClick={onSort} aria-label={`${label}, ${hint}`}>
        <Group gap={4} wrap="nowrap">
          <Text fw={700} size="sm">
            {label}
          </Text>
          {active ? <IconArrowUp size={14} aria-hidden /> : null}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
