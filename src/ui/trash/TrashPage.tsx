import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconTrash } from '@tabler/icons-react';
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

  if (trash.error)
    return (
      <ErrorAlert
        error={trash.error}
        title="The trash could not be opened"
        onRetry={() => void trash.refetch()}
      />
    );
  if (!trash.data) return <PageLoader />;
  const { activities, credentials } = trash.data;
  const count = activities.length + credentials.length;

  const bringBack = (item: TrashedItem, name: string) => {
    setRestoring(`${item.kind}-${item.id}`);
    restore.mutate(item, {
      onSuccess: () => notifications.show({ color: 'teal', title: 'Restored', message: `${name} is back.` }),
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
        title="Trash"
        description="Activities and credentials you deleted. Each can be restored for 30 days, then it is removed for good."
        actions={
          count > 0 ? (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => setConfirmingEmpty(true)}
            >
              Empty trash…
            </Button>
          ) : undefined
        }
      />
      {restore.isError ? (
        <Alert color="red" variant="light" title="Not restored" role="alert">
          {messageOf(restore.error)}
        </Alert>
      ) : null}
      {count === 0 ? (
        <EmptyState
          icon={<IconTrash size={24} aria-hidden />}
          title="The trash is empty"
          description="When you delete an activity or a credential it waits here for 30 days, so you can bring it back."
        />
      ) : null}
      {activities.length > 0 ? (
        <TrashTable
          title="Activities"
          label="Activities in the trash"
          firstColumn="Activity"
          extraColumn="Completed"
          rows={activities.map((a) => ({
            key: `activity-${a.id}`,
            item: { kind: 'activity', id: a.id },
            name: a.title,
            detail:
              a.certificateCount === 0
                ? 'No certificates'
                : a.certificateCount === 1
                  ? '1 certificate kept'
                  : `${a.certificateCount} certificates kept`,
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
          title="Credentials"
          label="Credentials in the trash"
          firstColumn="Credential"
          rows={credentials.map((c) => ({
            key: `credential-${c.id}`,
            item: { kind: 'credential', id: c.id },
            name: `${packName(c.rulePackId)}${c.credentialNumber ? ` No. ${c.credentialNumber}` : ''}`,
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
        title="Empty the trash?"
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {count === 1 ? 'The item' : `All ${count} items`} in the trash will be removed for good. This
            cannot be undone.
          </Text>
          <Text size="sm">
            Certificate files stay in your data folder until “Clean up unused certificate files” removes those
            no activity uses.
          </Text>
          {empty.isError ? (
            <Alert color="red" variant="light" title="The trash was not emptied" role="alert">
              {messageOf(empty.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingEmpty(false)} data-autofocus>
              Cancel
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
                      title: 'Trash emptied',
                      message: 'Those items are gone for good.',
                    });
                  },
                })
              }
            >
              Remove for good
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
            <Table.Th>Deleted</Table.Th>
            <Table.Th>Removed for good on</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
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
                  aria-label={`Restore ${row.name}`}
                >
                  Restore
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
