import { useTranslation } from 'react-i18next';
import { activityKindLabels, activityKinds, type ActivityKind } from '../../domain/portfolio';
import { PrintButton } from '../components/PrintButton';
import { useDeferredValue, useMemo, useState } from 'react';
import {
  Button,
  Checkbox,
  CloseButton,
  EmptyState as MantineEmptyState,
  Group,
  Pagination,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconCertificate, IconPlus, IconSearch } from '@tabler/icons-react';
import type { ActivityStanding } from '../../domain/evaluation';
import type { Activity } from '../../domain/portfolio';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { navigate } from '../shell/route';
import type { ActivitySort } from './activity-list';
import { filterActivities, pageOf, sortActivities, yearsOf } from './activity-list';
import { useCredentials, useEvaluation, useRulePacks } from '../components/portfolio-queries';
import { useActivities } from './activity-queries';
import { categoryOptions, credentialNames } from './activity-vocabulary';
import { ActivityTable } from './ActivityTable';
import { BulkActions } from './BulkActions';
import { DeleteActivityModal } from './DeleteActivityModal';

const pageSize = 50;

const controlNames = {
  first: 'First page',
  previous: 'Previous page',
  next: 'Next page',
  last: 'Last page',
} as const;

/** Every activity in the portfolio: search, filter by credential, newest or oldest first, a page at a time. */
export function ActivitiesPage() {
  const activities = useActivities();
  const credentials = useCredentials();
  const rulePacks = useRulePacks();
  const evaluation = useEvaluation();

  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [credentialId, setCredentialId] = useState<number | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<ActivityKind | null>(null);
  const [noCertificate, setNoCertificate] = useState(false);
  const { t } = useTranslation();
  const [sort, setSort] = useState<ActivitySort>('newest');
  const [page, setPage] = useState(1);
  const [toDelete, setToDelete] = useState<Activity | null>(null);
  const [selected, setSelected] = useState<Set<number>>(() => new Set());

  const categories = useMemo(() => categoryOptions(rulePacks.data ?? []), [rulePacks.data]);
  const names = useMemo(
    () => credentialNames(credentials.data ?? [], rulePacks.data ?? []),
    [credentials.data, rulePacks.data],
  );
  const standings = useMemo(() => {
    const byCredential = new Map<number, Map<number, ActivityStanding>>();
    for (const standing of evaluation.data?.credentials ?? []) {
      byCredential.set(standing.credentialId, new Map(standing.activities.map((a) => [a.activityId, a])));
    }
    return byCredential;
  }, [evaluation.data]);
  const matching = useMemo(
    () =>
      sortActivities(
        filterActivities(activities.data ?? [], {
          search: deferredSearch,
          credentialId,
          year,
          kind,
          noCertificate,
        }),
        sort,
      ),
    [activities.data, deferredSearch, credentialId, year, kind, noCertificate, sort],
  );
  const shown = pageOf(matching, page, pageSize);

  const filtering =
    search.trim() !== '' || credentialId !== null || year !== null || kind !== null || noCertificate;
  const years = useMemo(() => yearsOf(activities.data ?? []), [activities.data]);
  const total = activities.data?.length ?? 0;

  return (
    <>
      <PageHeader
        title="Activities"
        description="Every course, seminar, article test and CPR card you have completed, with its credit and certificates."
        actions={
          <>
            <PrintButton />
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => navigate({ page: 'activity' })}
            >
              Add activity
            </Button>
          </>
        }
      />

      {activities.isError ? (
        <ErrorAlert
          error={activities.error}
          title="Your activities could not be loaded"
          onRetry={() => void activities.refetch()}
        />
      ) : activities.isPending ? (
        <Stack gap="xs" aria-label="Loading activities">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={44} radius="sm" />
          ))}
        </Stack>
      ) : total === 0 ? (
        <EmptyState
          icon={<IconCertificate size={32} aria-hidden />}
          title="No activities yet"
          description="Add each course, seminar, article test or CPR card you complete, with its credit and certificate. The dashboard then shows how much each credential still needs."
          action={
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => navigate({ page: 'activity' })}
            >
              Add your first activity
            </Button>
          }
        />
      ) : (
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <Group gap="md" align="flex-end">
              <TextInput
                label="Search activities"
                placeholder="Title or provider"
                leftSection={<IconSearch size={16} aria-hidden />}
                value={search}
                onChange={(event) => {
                  setSearch(event.currentTarget.value);
                  setPage(1);
                }}
                rightSection={
                  search ? (
                    <CloseButton
                      aria-label="Clear search"
                      size="sm"
                      onClick={() => {
                        setSearch('');
                        setPage(1);
                      }}
                    />
                  ) : null
                }
                style={{ flex: '1 1 280px' }}
              />
              <Select
                label="Credential"
                data={[
                  { value: 'all', label: 'All credentials' },
                  ...[...names].map(([id, name]) => ({ value: String(id), label: name })),
                ]}
                value={credentialId === null ? 'all' : String(credentialId)}
                onChange={(value) => {
                  setCredentialId(value && value !== 'all' ? Number(value) : null);
                  setPage(1);
                }}
                allowDeselect={false}
                w={220}
              />
              <Select
                label={t('activityList.year')}
                data={[
                  { value: 'all', label: t('activityList.anyYear') },
                  ...years.map((y) => ({ value: String(y), label: String(y) })),
                ]}
                value={year === null ? 'all' : String(year)}
                onChange={(value) => {
                  setYear(value && value !== 'all' ? Number(value) : null);
                  setPage(1);
                }}
                allowDeselect={false}
                w={130}
              />
              <Select
                label={t('activityList.kind')}
                data={[
                  { value: 'all', label: t('activityList.anyKind') },
                  ...activityKinds.map((k) => ({ value: k, label: activityKindLabels[k] })),
                ]}
                value={kind ?? 'all'}
                onChange={(value) => {
                  setKind(value && value !== 'all' ? (value as ActivityKind) : null);
                  setPage(1);
                }}
                allowDeselect={false}
                w={200}
              />
              <Select
                label={t('activityList.sortBy')}
                data={[
                  { value: 'newest', label: t('activityList.newest') },
                  { value: 'oldest', label: t('activityList.oldest') },
                  { value: 'title', label: t('activityList.byTitle') },
                  { value: 'provider', label: t('activityList.byProvider') },
                ]}
                value={sort}
                onChange={(value) => value && setSort(value as ActivitySort)}
                allowDeselect={false}
                w={190}
              />
              <Checkbox
                label={t('activityList.noCertificate')}
                checked={noCertificate}
                onChange={(event) => {
                  setNoCertificate(event.currentTarget.checked);
                  setPage(1);
                }}
                mb={8}
              />
            </Group>

            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              {matching.length === 0
                ? 'No activities match.'
                : `Showing ${(shown.page - 1) * pageSize + 1}–${(shown.page - 1) * pageSize + shown.items.length} of ${matching.length.toLocaleString()} ${filtering ? 'matching ' : ''}activities`}
            </Text>

            {matching.length === 0 ? (
              <MantineEmptyState
                icon={<IconSearch size={28} aria-hidden />}
                title="No activities match"
                description="Try other words, or show activities for all credentials."
              >
                <MantineEmptyState.Actions>
                  <Button
                    variant="default"
                    onClick={() => {
                      setSearch('');
                      setCredentialId(null);
                    }}
                  >
                    Clear search and filter
                  </Button>
                </MantineEmptyState.Actions>
              </MantineEmptyState>
            ) : (
              <ActivityTable
                activities={shown.items}
                sort={sort}
                onSortChange={(next) => {
                  setSort(next);
                  setPage(1);
                }}
                categories={categories}
                credentialNames={names}
                standings={standings}
                onOpen={(activity) => navigate({ page: 'activity', id: activity.id })}
                onDelete={setToDelete}
                selected={selected}
                onSelect={(ids, on) =>
                  setSelected((current) => {
                    const next = new Set(current);
                    for (const id of ids) {
                      if (on) next.add(id);
                      else next.delete(id);
                    }
                    return next;
                  })
                }
              />
            )}

            {selected.size > 0 ? (
              <BulkActions
                selected={[...selected]}
                credentialNames={names}
                onDone={() => setSelected(new Set())}
              />
            ) : null}

            {shown.pages > 1 ? (
              <Group justify="center">
                <Pagination
                  total={shown.pages}
                  value={shown.page}
                  onChange={setPage}
                  getControlProps={(control) => ({ 'aria-label': controlNames[control] })}
                  getItemProps={(n) => ({ 'aria-label': `Page ${n}` })}
                  aria-label="Activity pages"
                />
              </Group>
            ) : null}
          </Stack>
        </Paper>
      )}

      <DeleteActivityModal
        activity={
          toDelete && {
            id: toDelete.id,
            title: toDelete.title,
            certificateCount: toDelete.certificates.length,
          }
        }
        onClose={() => setToDelete(null)}
      />
    </>
  );
}
