import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stageWords } from '../../domain/i18n/stage-words';
import { Alert, Button, Code, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { IconFileExport, IconFileTypePdf, IconFolderOpen, IconPlayerStop } from '@tabler/icons-react';
import type { JobProgress } from '../../domain/job';
import { ApiFailure, call, messageOf } from '../api/client';
import { formatFileSize } from '../certificates/certificate-format';
import type { CertificateProblem, OpenItem } from '../../domain/packet';
import { OpenItems } from './OpenItems';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; progress: JobProgress | null; cancelling: boolean }
  | {
      status: 'saved';
      path: string;
      pageCount: number;
      size: number;
      openItems: OpenItem[];
      placeholders: CertificateProblem[];
    }
  | { status: 'open-items'; items: OpenItem[] }
  | { status: 'no-file-chosen' }
  | { status: 'failed'; error: unknown };

type Props = {
  state: ExportState;
  /** The button's words; "Export packet…" when not given. */
  label?: string;
  onExport(): void;
  /** Export although the pre-flight check found open items. */
  onExportAnyway(): void;
  onCancel(): void;
};

/** Exports the packet to a file the holder picks, with progress and a way to stop. */
export function PacketExport({ state, label, onExport, onExportAnyway, onCancel }: Props) {
  const { t } = useTranslation();
  const running = state.status === 'running';
  const outcomeRef = useRef<HTMLDivElement>(null);
  // Progress and the outcome appear below the button: bring them into view as they change.
  useEffect(() => {
    if (state.status !== 'idle') outcomeRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [state.status]);
  return (
    <Stack gap="md">
      <Group>
        <Button
          size="md"
          leftSection={<IconFileExport size={20} aria-hidden />}
          onClick={onExport}
          disabled={running}
        >
          {label ?? t('packet.export')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('packet.exportHelp')}
        </Text>
      </Group>
      <div ref={outcomeRef}>
        <ExportOutcome state={state} onCancel={onCancel} onExportAnyway={onExportAnyway} />
      </div>
    </Stack>
  );
}

function ExportOutcome({
  state,
  onCancel,
  onExportAnyway,
}: {
  state: ExportState;
  onCancel(): void;
  onExportAnyway(): void;
}) {
  const { t } = useTranslation();
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return <ExportProgress progress={state.progress} cancelling={state.cancelling} onCancel={onCancel} />;
    case 'saved':
      return (
        <Alert color="teal" variant="light" title={t('packet.saved')} role="status">
          <Stack gap={4}>
            <Text size="sm">
              {t('packet.savedTo')} <Code style={{ wordBreak: 'break-all' }}>{state.path}</Code>
            </Text>
            <Text size="sm">
              {t('packet.savedSize', { count: state.pageCount, size: formatFileSize(state.size) })}
            </Text>
            <SavedFileActions path={state.path} />
            {state.openItems.length + state.placeholders.length > 0 ? (
              <Text size="sm" fw={500}>
                {t('preflight.savedWithOpenItems', {
                  count: state.openItems.length + state.placeholders.length,
                })}
              </Text>
            ) : null}
          </Stack>
        </Alert>
      );
    case 'open-items':
      return <OpenItems items={state.items} onExportAnyway={onExportAnyway} />;
    case 'no-file-chosen':
      return (
        <Alert color="gray" variant="light" role="status">
          {t('packet.noFileChosen')}
        </Alert>
      );
    case 'failed':
      return <ExportFailure error={state.error} />;
  }
}

function ExportProgress({
  progress,
  cancelling,
  onCancel,
}: {
  progress: JobProgress | null;
  cancelling: boolean;
  onCancel(): void;
}) {
  const value = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const { t } = useTranslation();
  const stage = cancelling
    ? t('packet.cancelling')
    : progress?.stage
      ? stageWords(progress.stage, t)
      : t('packet.starting');
  return (
    <Stack gap="xs">
      <Progress value={value} animated={!cancelling} size="lg" aria-label={t('packet.progressLabel')} />
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          {/* Some stages take a while before their first step is done: show it is still working. */}
          <Loader size="xs" aria-hidden />
          <Text size="sm" role="status" aria-live="polite">
            {stage}
            {progress && progress.total > 0
              ? ` (${t('packet.progressCount', { done: progress.done, total: progress.total })})`
              : ''}
          </Text>
        </Group>
        <Button
          variant="default"
          color="red"
          size="xs"
          leftSection={<IconPlayerStop size={14} aria-hidden />}
          onClick={onCancel}
          disabled={cancelling}
        >
          {t('packet.cancelExport')}
        </Button>
      </Group>
    </Stack>
  );
}

function ExportFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ApiFailure ? error.code : null;
  if (code === 'CANCELLED') {
    return (
      <Alert color="gray" variant="light" title={t('packet.cancelled')} role="status">
        {messageOf(error)}
      </Alert>
    );
  }
  if (code === 'CERTIFICATE_PROBLEMS') {
    return (
      <Alert color="orange" variant="light" title={t('packet.notSaved')} role="alert">
        {t('packet.seeCertificates', { message: messageOf(error) })}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title={t('packet.notSaved')} role="alert">
      {messageOf(error)}
    </Alert>
  );
}

/** After saving: open the packet in the system's PDF viewer, or show it in its folder. */
function SavedFileActions({ path }: { path: string }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<unknown>(null);
  const run = (how: 'open' | 'folder') => {
    setProblem(null);
    call('openWrittenFile', { path, how }).catch(setProblem);
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button
          size="xs"
          variant="white"
          leftSection={<IconFileTypePdf size={14} aria-hidden />}
          onClick={() => run('open')}
        >
          {t('savedFile.open')}
        </Button>
        <Button
          size="xs"
          variant="white"
          leftSection={<IconFolderOpen size={14} aria-hidden />}
          onClick={() => run('folder')}
        >
          {t('savedFile.folder')}
        </Button>
      </Group>
      {problem ? (
        <Text size="sm" c="red.8" role="alert">
          {t('savedFile.failed')}: {messageOf(problem)}
        </Text>
      ) : null}
    </Stack>
  );
}
