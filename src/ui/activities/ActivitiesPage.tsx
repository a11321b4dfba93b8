import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddFromCertificates } from '../drafts/AddFromCertificates';
import {
  Box,
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
import { activityKinds, type Activity, type ActivityKind } from '../../domain/portfolio';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PrintButton } from '../components/PrintButton';
import { useStandingWords } from '../components/useStandingWords';
import { useVocabulary } from '../components/useVocabulary';
import { navigate } from '../shell/route';
import type { ActivitySort, Counting, OutcomesOf } from './activity-list';
import { defaultSort, filterActivities, pageOf, sortActivities, yearsOf } from './activity-list';
import { useCredentials, useEvaluation, useRulePacks } from '../components/portfolio-queries';
import { useActivities } from './activity-queries';
import { categoryLabel, categoryOptions, credentialNames } from './activity-vocabulary';
import { ActivityTable } from './ActivityTable';
import { BulkActions } from './BulkActions';
import { DeleteActivityModal } from './DeleteActivityModal';

const pageSize = 50;

/** Every activity in the portfolio: search, filters, sort by any column, a page at a time. */
export function ActivitiesPage() {
  const activities = useActivities();
  const credentials = useCredentials();
  const rulePacks = useRulePacks();
  const evaluation = useEvaluation();
  const { t } = useTranslation();
  const words = useVocabulary();

  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [credentialId, setCredentialId] = useState<number | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<ActivityKind | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [counting, setCounting] = useState<Counting>('any');
  const [noCertificate, setNoCertificate] = useState(false);
  const [attention, setAttention] = useState(false);
  const [sort, setSort] = useState<ActivitySort>(defaultSort);
  const [page, setPage] = useState(1);
  const [toDelete, setToDelete] = useState<Activity | null>(null);
  const [selected, setSelected] = useState<Set<number>>(() => new Set());

  const categories = useMemo(() => categoryOptions(rulePacks.data ?? []), [rulePacks.data]);
  const categoryName = useMemo(
    () => (key: string) => words.category(key, categoryLabel(key, categories)),
    [words, categories],
  );
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
  const said = useStandingWords();
  const reasonText = useMemo(() => {
    const byCredential = new Map((evaluation.data?.credentials ?? []).map((ev) => [ev.credentialId, ev]));
    return (credentialId: number, text: string) => {
      const ev = byCredential.get(credentialId);
      return ev ? said.reason(ev, text) : text;
    };
  }, [evaluation.data, said]);
  const outcomes = useMemo<OutcomesOf>(
    () => (activity) =>
      activity.credentialIds.flatMap((id) => {
        const standing = standings.get(id)?.get(activity.id);
        return standing ? [standing.outcome] : [];
      }),
    [standings],
  );
  const matching = useMemo(
    () =>
      sortActivities(
        filterActivities(
          activities.data ?? [],
          {
            search: deferredSearch,
            credentialId,
            year,
            kind,
            category,
            counting,
            noCertificate,
            needsAttention: attention,
          },
          outcomes,
        ),
        sort,
        outcomes,
      ),
    [
      activities.data,
      deferredSearch,
      credentialId,
      year,
      kind,
      category,
      counting,
      noCertificate,
      attention,
      sort,
      outcomes,
    ],
  );
  const shown = pageOf(matching, page, pageSize);

  const filtering =
    search.trim() !== '' ||
    credentialId !== null ||
    year !== null ||
    kind !== null ||
    category !== null ||
    counting !== 'any' ||
    noCertificate ||
    attention;
  const clearAll = () => {
    setSearch('');
    setCredentialId(null);
    setYear(null);
    setKind(null);
    setCategory(null);
    setCounting('any');
    setNoCertificate(false);
    setAttention(false);
    setPage(1);
  };
  const years = useMemo(() => yearsOf(activities.data ?? []), [activities.data]);
  const total = activities.data?.length ?? 0;
  /** A filter's change starts again from the first page. */
  const change =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  return (
    <>
      <PageHeader
        title={t('activityList.title')}
        description={t('activityList.description')}
        actions={
          <>
            <PrintButton />
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => navigate({ page: 'activity' })}
            >
              {t('activityList.add')}
            </Button>
          </>
        }
      />

      <Box mb="lg">
        <AddFromCertificates />
      </Box>

      {activities.isError ? (
        <ErrorAlert
          error={activities.error}
          title={t('activityList.loadFailed')}
          onRetry={() => void activities.refetch()}
        />
      ) : activities.isPending ? (
        <Stack gap="xs" aria-label={t('activityList.loading')}>
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height={44} radius="sm" />
          ))}
        </Stack>
      ) : total === 0 ? (
        <EmptyState
          icon={<IconCertificate size={32} aria-hidden />}
          title={t('activityList.emptyTitle')}
          description={t('activityList.emptyDescription')}
          action={
            <Button
              leftSection={<IconPlus size={18} aria-hidden />}
              onClick={() => navigate({ page: 'activity' })}
            >
              {t('activityList.addFirst')}
            </Button>
          }
        />
      ) : (
        <Paper withBorder radius="md" p="md">
          <Stack gap="md">
            <Group gap="sm" align="flex-end">
              <TextInput
                label={t('activityList.search')}
                placeholder={t('activityList.searchHint')}
                leftSection={<IconSearch size={16} aria-hidden />}
                value={search}
                onChange={(event) => change(setSearch)(event.currentTarget.value)}
                rightSection={
                  search ? (
                    <CloseButton
                      aria-label={t('activityList.clearSearch')}
                      size="sm"
                      onClick={() => change(setSearch)('')}
                    />
                  ) : null
                }
                style={{ flex: '1 1 240px' }}
              />
              <Select
                label={t('activityList.credential')}
                data={[
                  { value: 'all', label: t('activityList.allCredentials') },
                  ...[...names].map(([id, name]) => ({ value: String(id), label: name })),
                ]}
                value={credentialId === null ? 'all' : String(credentialId)}
                onChange={(value) => change(setCredentialId)(value && value !== 'all' ? Number(value) : null)}
                allowDeselect={false}
                w={210}
              />
              <Select
                label={t('activityList.category')}
                data={[
                  { value: 'all', label: t('activityList.anyCategory') },
                  ...categories.map((option) => ({ value: option.value, label: categoryName(option.value) })),
                ]}
                value={category ?? 'all'}
                onChange={(value) => change(setCategory)(value && value !== 'all' ? value : null)}
                allowDeselect={false}
                w={210}
              />
              <Select
                label={t('activityList.year')}
                data={[
                  { value: 'all', label: t('activityList.anyYear') },
                  ...years.map((y) => ({ value: String(y), label: String(y) })),
                ]}
                value={year === null ? 'all' : String(year)}
                onChange={(value) => change(setYear)(value && value !== 'all' ? Number(value) : null)}
                allowDeselect={false}
                w={150}
              />
              <Select
                label={t('activityList.kind')}
                data={[
                  { value: 'all', label: t('activityList.anyKind') },
                  ...activityKinds.map((k) => ({ value: k, label: words.kind(k) })),
                ]}
                value={kind ?? 'all'}
                onChange={(value) =>
                  change(setKind)(value && value !== 'all' ? (value as ActivityKind) : null)
                }
                allowDeselect={false}
                w={200}
              />
              <Select
                label={t('activityList.counting')}
                data={[
                  { value: 'any', label: t('activityList.countingAny') },
                  { value: 'in_full', label: t('activityList.countingInFull') },
                  { value: 'not_in_full', label: t('activityList.countingNotInFull') },
                ]}
                value={counting}
                onChange={(value) => value && change(setCounting)(value as Counting)}
                allowDeselect={false}
                w={230}
              />
            </Group>
            <Group gap="lg">
              <Checkbox
                label={t('activityList.noCertificate')}
                checked={noCertificate}
                onChange={(event) => change(setNoCertificate)(event.currentTarget.checked)}
              />
              <Checkbox
                label={t('activityList.needsAttention')}
                description={t('activityList.needsAttentionHelp')}
                checked={attention}
                onChange={(event) => change(setAttention)(event.currentTarget.checked)}
              />
            </Group>

            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              {matching.length === 0
                ? t('activityList.noneMatch')
                : t(filtering ? 'activityList.showingMatching' : 'activityList.showing', {
                    from: (shown.page - 1) * pageSize + 1,
                    to: (shown.page - 1) * pageSize + shown.items.length,
                    total: matching.length,
                  })}
            </Text>

            {matching.length === 0 ? (
              <MantineEmptyState
                icon={<IconSearch size={28} aria-hidden />}
                title={t('activityList.noneMatchTitle')}
                description={t('activityList.noneMatchHelp')}
              >
                <MantineEmptyState.Actions>
                  <Button variant="default" onClick={clearAll}>
                    {t('activityList.clearFilters')}
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
                categoryName={categoryName}
                credentialNames={names}
                standings={standings}
                reasonText={reasonText}
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
                  getControlProps={(control) => ({ 'aria-label': t(pageControlWords[control]) })}
                  getItemProps={(n) => ({ 'aria-label': t('activityList.pageNumber', { page: n }) })}
                  aria-label={t('activityList.pages')}
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

const pageControlWords = {
  first: 'activityList.firstPage',
  previous: 'activityList.previousPage',
  next: 'activityList.nextPage',
  last: 'activityList.lastPage',
} as const;
