import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Code,
  Divider,
  Group,
  Modal,
  NumberInput,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCloudUpload,
  IconDeviceFloppy,
  IconFileDownload,
  IconFolder,
  IconRestore,
} from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackupsOverview } from '../../domain/backup';
import { roundedFileSize } from '../../domain/file-size';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDateTime } from '../components/format';
import { PageLoader } from '../components/PageLoader';
import { BackupJobStatus } from './BackupJobStatus';
import { type RestoreFrom, backupsKey, useBackupJob } from './useBackupJob';

/**
 * Backups in one place: automatic snapshots and where they go, the snapshots there are
 * (each can be restored), and a single backup file to keep elsewhere or restore from.
 */
export function BackupsModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const overview = useQuery({
    queryKey: backupsKey,
    queryFn: () => call('getBackups', undefined),
    enabled: opened,
  });
  const job = useBackupJob();
  const [confirming, setConfirming] = useState<{ from: RestoreFrom; when?: string } | null>(null);

  return (
    <Modal opened={opened} onClose={onClose} title={t('backups.title')} size="lg" centered>
      <Stack gap="lg">
        <Text size="sm">{t('backups.intro')}</Text>
        {overview.error ? (
          <ErrorAlert
            error={overview.error}
            title={t('backups.loadFailed')}
            onRetry={() => void overview.refetch()}
          />
        ) : !overview.data ? (
          <PageLoader />
        ) : (
          <>
            <AutomaticBackups overview={overview.data} />
            <SnapshotList
              overview={overview.data}
              busy={job.running}
              onBackUpNow={() => void job.backUpNow()}
              onRestore={(name, when) => setConfirming({ from: { from: 'snapshot', name }, when })}
            />
          </>
        )}
        <Divider />
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('backups.fileTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('backups.fileText')}
          </Text>
          <Group>
            <Button
              variant="default"
              leftSection={<IconFileDownload size={16} aria-hidden />}
              disabled={job.running}
              onClick={() => void job.backUpToFile()}
            >
              {t('backups.backUpToFile')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconRestore size={16} aria-hidden />}
              disabled={job.running}
              onClick={() => setConfirming({ from: { from: 'file' } })}
            >
              {t('backups.restoreFromFile')}
            </Button>
          </Group>
        </Stack>
        <BackupJobStatus job={job} />
      </Stack>

      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t('backups.confirmTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {confirming?.when
              ? t('backups.confirmSnapshot', { when: confirming.when })
              : t('backups.confirmFile')}
          </Text>
          <Text size="sm">{t('backups.confirmSafe')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)} data-autofocus>
              {t('backups.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                const from = confirming!.from;
                setConfirming(null);
                void job.restore(from);
              }}
            >
              {t('backups.confirmRestore')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Modal>
  );
}

function AutomaticBackups({ overview }: { overview: BackupsOverview }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState(overview.settings);
  useEffect(() => setSettings(overview.settings), [overview.settings]);
  const refreshed = (next: BackupsOverview | null) => {
    if (next) queryClient.setQueryData(backupsKey, next);
  };
  const save = useMutation({
    mutationFn: () =>
      call('saveBackupSettings', {
        enabled: settings.enabled,
        keepDaily: settings.keepDaily,
        keepWeekly: settings.keepWeekly,
      }),
    onSuccess: (next) => {
      refreshed(next);
      notifications.show({ color: 'teal', title: t('backups.saved'), message: overview.settings.folder });
    },
  });
  const chooseFolder = useMutation({
    mutationFn: () => call('chooseBackupFolder', undefined),
    onSuccess: refreshed,
  });
  const defaultFolder = useMutation({
    mutationFn: () => call('useDefaultBackupFolder', undefined),
    onSuccess: refreshed,
  });
  const failure = save.error ?? chooseFolder.error ?? defaultFolder.error;

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('backups.automaticTitle')}
      </Title>
      {overview.settingsProblem ? (
        <Alert color="orange" variant="light" title={t('backups.settingsProblem')}>
          {overview.settingsProblem}
        </Alert>
      ) : null}
      <Switch
        label={t('backups.automatic')}
        checked={settings.enabled}
        onChange={(event) => setSettings({ ...settings, enabled: event.currentTarget.checked })}
      />
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconFolder size={16} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
        <Text size="sm" style={{ wordBreak: 'break-all' }}>
          {t('backups.keptIn')} <Code>{overview.settings.folder}</Code>
        </Text>
      </Group>
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          loading={chooseFolder.isPending}
          onClick={() => chooseFolder.mutate()}
        >
          {t('backups.changeFolder')}
        </Button>
        {!overview.settings.defaultFolder ? (
          <Button
            size="xs"
            variant="subtle"
            loading={defaultFolder.isPending}
            onClick={() => defaultFolder.mutate()}
          >
            {t('backups.useDataFolder')}
          </Button>
        ) : null}
      </Group>
      <Group grow align="flex-end">
        <NumberInput
          label={t('backups.keepDaily')}
          min={1}
          max={366}
          value={settings.keepDaily}
          onChange={(value) => setSettings({ ...settings, keepDaily: Number(value) || 1 })}
        />
        <NumberInput
          label={t('backups.keepWeekly')}
          min={0}
          max={520}
          value={settings.keepWeekly}
          onChange={(value) => setSettings({ ...settings, keepWeekly: Number(value) || 0 })}
        />
      </Group>
      {failure ? <ErrorAlert error={failure} /> : null}
      <Group>
        <Button
          size="xs"
          leftSection={<IconDeviceFloppy size={14} aria-hidden />}
          loading={save.isPending}
          onClick={() => save.mutate()}
        >
          {t('backups.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function SnapshotList({
  overview,
  busy,
  onBackUpNow,
  onRestore,
}: {
  overview: BackupsOverview;
  busy: boolean;
  onBackUpNow(): void;
  onRestore(name: string, when: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('backups.listTitle')}
        </Title>
        <Button
          size="xs"
          variant="light"
          leftSection={<IconCloudUpload size={14} aria-hidden />}
          disabled={busy}
          onClick={onBackUpNow}
        >
          {t('backups.backUpNow')}
        </Button>
      </Group>
      {overview.snapshots.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('backups.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420} mah={260}>
          <Table striped aria-label={t('backups.listLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('backups.whenColumn')}</Table.Th>
                <Table.Th>{t('backups.certificatesColumn')}</Table.Th>
                <Table.Th>{t('backups.sizeColumn')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('backups.actionsColumn')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.snapshots.map((snapshot) => {
                const when = formatDateTime(snapshot.createdAt);
                return (
                  <Table.Tr key={snapshot.name}>
                    <Table.Td>{when}</Table.Td>
                    <Table.Td>{snapshot.certificates}</Table.Td>
                    <Table.Td>{roundedFileSize(snapshot.size)}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        disabled={busy}
                        onClick={() => onRestore(snapshot.name, when)}
                        aria-label={t('backups.restoreNamed', { when })}
                      >
                        {t('backups.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
