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
import {
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconCircleHalf2,
  IconPaperclip,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../domain/i18n/translator';
import type { Activity } from '../../domain/portfolio';
import type { ActivityStanding } from '../../domain/evaluation';
import { formatDate } from '../components/format';
import { useVocabulary } from '../components/useVocabulary';
import type { ActivitySort, SortColumn } from './activity-list';
import { describeCredits, sortFor } from './activity-list';

type Props = {
  activities: Activity[];
  sort: ActivitySort;
  onSortChange(sort: ActivitySort): void;
  /** A category's name, from the rule packs for a pack's own category. */
  categoryName(key: string): string;
  credentialNames: Map<number, string>;
  /** How each credential's rules treat each activity, when the evaluation has loaded. */
  standings: Map<number, Map<number, ActivityStanding>>;
  /** An engine reason in the window's language, for the credential it is about. */
  reasonText(credentialId: number, text: string): string;
  onOpen(activity: Activity): void;
  onDelete(activity: Activity): void;
  /** The activities ticked for a change to several at once. */
  selected: Set<number>;
  onSelect(ids: number[], on: boolean): void;
};

/** Never colour alone: each outcome has its own icon and its own words. */
const outcomeLook: Record<
  ActivityStanding['outcome'],
  { color: string; words: MessageKey; icon: ReactNode }
> = {
  counted: { color: 'teal', words: 'activityList.outcomeCounted', icon: <IconCheck size={12} aria-hidden /> },
  partly: {
    color: 'yellow',
    words: 'activityList.outcomePartly',
    icon: <IconCircleHalf2 size={12} aria-hidden />,
  },
  not_counted: {
    color: 'gray',
    words: 'activityList.outcomeNotCounted',
    icon: <IconX size={12} aria-hidden />,
  },
};

const columnWords: Record<SortColumn, MessageKey> = {
  date: 'activityList.columnDate',
  title: 'activityList.columnTitle',
  provider: 'activityList.columnProvider',
  credit: 'activityList.columnCredit',
  certificates: 'activityList.columnCertificates',
  counts: 'activityList.columnCounts',
};

/**
 * One page of activities. The title is a real button so the row opens from the keyboard
 * too; every column header sorts. Seven narrow columns (the kind sits under the title)
 * so the whole table fits a 1024-pixel-wide window in either language.
 */
export function ActivityTable(props: Props) {
  const { activities, sort, onSortChange } = props;
  const { t } = useTranslation();
  const header = (by: SortColumn, extra?: { w?: number; ta?: 'center'; icon?: ReactNode }) => (
    <SortableHeader
      key={by}
      label={t(columnWords[by])}
      sort={sort.by === by ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      onSort={() => onSortChange(sortFor(by, sort))}
      {...extra}
    />
  );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table
        highlightOnHover
        verticalSpacing="sm"
        horizontalSpacing={6}
        aria-label={t('activityList.tableName')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>
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
            {header('date')}
            {header('title')}
            {header('provider')}
            {header('credit')}
            {header('certificates', {
              ta: 'center',
              // A paperclip, as on every row: the word would make the table too wide at 1024 pixels.
              icon: <IconPaperclip size={16} aria-hidden />,
            })}
            {header('counts', { w: 104 })}
            <Table.Th w={40}>
              <VisuallyHidden>{t('activityList.columnActions')}</VisuallyHidden>
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
  categoryName,
  credentialNames,
  standings,
  reasonText,
  onOpen,
  onDelete,
  selected,
  onSelect,
}: Props & { activity: Activity }) {
  const { t } = useTranslation();
  const words = useVocabulary();
  // A CPR card's credit is fixed by each rule pack (the AAMA: 4 clinical points), not entered.
  const credit =
    activity.kind === 'cpr_card' && activity.credits.length === 0
      ? { summary: t('activityList.setByRules'), unit: '' }
      : describeCredits(activity.credits, {
          category: categoryName,
          unit: words.unit,
          noCredit: t('activityList.noCredit'),
          mixedUnits: t('activityList.mixedUnits'),
        });
  return (
    <Table.Tr style={{ cursor: 'pointer' }} onClick={() => onOpen(activity)}>
      <Table.Td onClick={(event) => event.stopPropagation()}>
        <Checkbox
          aria-label={t('activityList.select', { title: activity.title })}
          checked={selected.has(activity.id)}
          onChange={(event) => onSelect([activity.id], event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatDate(activity.completedOn)}</Text>
      </Table.Td>
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
        <Text size="xs" c="dimmed">
          {words.kind(activity.kind)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{activity.provider}</Text>
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
            {t('activityList.noneAttached')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <CountsToward
          activity={activity}
          credentialNames={credentialNames}
          standings={standings}
          reasonText={reasonText}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('activityList.delete', { title: activity.title })}
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

/**
 * One badge per claimed credential, with an icon and a word for how it counts. The
 * reasons are in the badge's text for screen readers and in a tooltip that opens on
 * keyboard focus as well as on hover.
 */
function CountsToward({
  activity,
  credentialNames,
  standings,
  reasonText,
}: Pick<Props, 'credentialNames' | 'standings' | 'reasonText'> & { activity: Activity }) {
  const { t } = useTranslation();
  if (activity.credentialIds.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('activityList.notClaimed')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {activity.credentialIds.map((credentialId) => {
        const name =
          credentialNames.get(credentialId) ?? t('activityList.credentialNumber', { id: credentialId });
        const standing = standings.get(credentialId)?.get(activity.id);
        if (!standing) {
          return (
            <Badge key={credentialId} variant="outline" color="gray" size="sm">
              {name}
            </Badge>
          );
        }
        const look = outcomeLook[standing.outcome];
        const said = `${name}: ${t(look.words)}`;
        const why =
          standing.reasons.length > 0
            ? ` — ${standing.reasons.map((reason) => reasonText(credentialId, reason)).join(' ')}`
            : '';
        return (
          <Tooltip
            key={credentialId}
            label={`${said}${why}`}
            multiline
            w={280}
            events={{ hover: true, focus: true, touch: true }}
          >
            <Badge
              variant="light"
              color={look.color}
              size="sm"
              leftSection={look.icon}
              tabIndex={0}
              onClick={(event) => event.stopPropagation()}
            >
              {name}
              <VisuallyHidden>
                : {t(look.words)}
                {why}
              </VisuallyHidden>
            </Badge>
          </Tooltip>
        );
      })}
    </Group>
  );
}

/** A column header whose button sorts by that column; the order is said to screen readers by aria-sort. */
function SortableHeader({
  label,
  sort,
  onSort,
  w,
  ta,
  icon,
}: {
  label: string;
  sort: 'ascending' | 'descending' | 'none';
  onSort(): void;
  w?: number;
  ta?: 'center';
  /** Shown instead of the label, which screen readers still read. */
  icon?: ReactNode;
}) {
  return (
    <Table.Th aria-sort={sort} miw={w} ta={ta}>
      <UnstyledButton onClick={onSort}>
        <Group gap={4} wrap="nowrap" justify={ta === 'center' ? 'center' : undefined}>
          {icon ? (
            <Tooltip label={label}>
              <span style={{ display: 'inline-flex' }}>
                {icon}
                <VisuallyHidden>{label}</VisuallyHidden>
              </span>
            </Tooltip>
          ) : (
            <Text fw={700} size="sm">
              {label}
            </Text>
          )}
          {sort === 'descending' ? (
            <IconArrowDown size={14} aria-hidden />
          ) : sort === 'ascending' ? (
            <IconArrowUp size={14} aria-hidden />
          ) : null}
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
