import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TrashedItem } from '../../domain/trash';
import { messageOf } from '../api/client';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import { credentialShortLabel, useRulePacks } from '../components/portfolio-queries';
import { useEmptyTrash, useRestoreFromTrash, useTrash } from './trash-queries';

/**
 * Deleted activities and credentials, kept for 30 days so a mistake can be undone.
 * Restoring puts an item back as it was, with its credit, certificates and links.
 */
export function TrashPage() {
  const trash = useTrash();
  const packs = useRulePacks();
  const restore = useRestoreFromTrash();
  const empty = useEmptyTrash();
  const [confirmingEmpty, setConfirmingEmpty] = useState(false);
  const [restoring, setRestoring] = useState<string | null>(null);
  const { t } = useTranslation();

  if (trash.error)
    return (
      <ErrorAlert error={trash.error} title={t('trash.loadFailed')} onRetry={() => void trash.refetch()} />
    );
  if (!trash.data) return <PageLoader />;
  const { activities, credentials } = trash.data;
  const count = activities.length + credentials.length;

  const bringBack = (item: TrashedItem, name: string) => {
    setRestoring(`${item.kind}-${item.id}`);
    restore.mutate(item, {
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          title: t('trash.restored'),
          message: t('trash.isBack', { name }),
        }),
      onSettled: () => setRestoring(null),
    });
  };
  const packName = (rulePackId: string) => {
    const pack = packs.data?.find((p) => p.id === rulePackId);
    return pack ? credentialShortLabel(pack) : rulePackId;
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('pages.trash')}
        description={t('trash.description')}
        actions={
          count > 0 ? (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setConfirmingEmpty(true)}
            >
              {t('trash.emptyButton')}
            </Button>
          ) : undefined
        }
      />
      {restore.isError ? (
        <Alert color="red" variant="light" title={t('trash.notRestored')} role="alert">
          {messageOf(restore.error)}
        </Alert>
      ) : null}
      {count === 0 ? (
        <EmptyState
          icon={<IconTrash size={24} aria-hidden />}
          title={t('trash.emptyTitle')}
          description={t('trash.emptyDescription')}
        />
      ) : null}
      {activities.length > 0 ? (
        <TrashTable
          title={t('trash.activitiesTitle')}
          label={t('trash.activitiesLabel')}
          firstColumn={t('trash.activityColumn')}
          extraColumn={t('trash.completedColumn')}
          rows={activities.map((a) => ({
            key: `activity-${a.id}`,
            item: { kind: 'activity', id: a.id },
            name: a.title,
            detail: t('trash.certificatesKept', { count: a.certificateCount }),
            extra: formatDate(a.completedOn),
            deletedAt: a.deletedAt,
            removedOn: a.removedOn,
          }))}
          restoring={restoring}
          onRestore={bringBack}
        />
      ) : null}
      {credentials.length > 0 ? (
        <TrashTable
          title={t('trash.credentialsTitle')}
          label={t('trash.credentialsLabel')}
          firstColumn={t('trash.credentialColumn')}
          rows={credentials.map((c) => ({
            key: `credential-${c.id}`,
            item: { kind: 'credential', id: c.id },
            name: c.credentialNumber
              ? t('trash.credentialNumber', {
                  credential: packName(c.rulePackId),
                  number: c.credentialNumber,
                })
              : packName(c.rulePackId),
            deletedAt: c.deletedAt,
            removedOn: c.removedOn,
          }))}
          restoring={restoring}
          onRestore={bringBack}
        />
      ) : null}

      <Modal
        opened={confirmingEmpty}
        onClose={() => setConfirmingEmpty(false)}
        title={t('trash.confirmEmptyTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('trash.confirmEmptyText', { count })}</Text>
          <Text size="sm">{t('trash.confirmEmptyFiles')}</Text>
          {empty.isError ? (
            <Alert color="red" variant="light" title={t('trash.notEmptied')} role="alert">
              {messageOf(empty.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingEmpty(false)} data-autofocus>
              {t('trash.cancel')}
            </Button>
            <Button
              color="red"
              loading={empty.isPending}
              onClick={() =>
                empty.mutate(undefined, {
                  onSuccess: () => {
                    setConfirmingEmpty(false);
                    notifications.show({
                      color: 'gray',
                      title: t('trash.emptied'),
                      message: t('trash.emptiedText'),
                    });
                  },
                })
              }
            >
              {t('trash.removeForGood')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

interface TrashRow {
  key: string;
  item: TrashedItem;
  name: string;
  detail?: string;
  extra?: string;
  deletedAt: string;
  removedOn: string;
}

/** One kind of trashed item: what it is, when it was deleted, when it goes for good, and Restore. */
function TrashTable({
  title,
  label,
  firstColumn,
  extraColumn,
  rows,
  restoring,
  onRestore,
}: {
  title: string;
  label: string;
  firstColumn: string;
  extraColumn?: string;
  rows: TrashRow[];
  restoring: string | null;
  onRestore(item: TrashedItem, name: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Table striped highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{firstColumn}</Table.Th>
            {extraColumn ? <Table.Th>{extraColumn}</Table.Th> : null}
            <Table.Th>{t('trash.deletedColumn')}</Table.Th>
            <Table.Th>{t('trash.removedColumn')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('trash.actionsColumn')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {row.name}
                </Text>
                {row.detail ? (
                  <Text size="xs" c="dimmed">
                    {row.detail}
                  </Text>
                ) : null}
              </Table.Td>
              {extraColumn ? <Table.Td>{row.extra}</Table.Td> : null}
              <Table.Td>{formatDate(row.deletedAt.slice(0, 10))}</Table.Td>
              <Table.Td>{formatDate(row.removedOn)}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconArrowBackUp size={14} aria-hidden />}
                  loading={restoring === row.key}
                  onClick={() => onRestore(row.item, row.name)}
                  aria-label={t('trash.restoreNamed', { name: row.name })}
                >
                  {t('trash.restore')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
