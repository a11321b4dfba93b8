import { useEffect, useRef } from 'react';
import { Alert, Button, Code, Group, Loader, Progress, Stack, Text } from '@mantine/core';
import { IconFileExport, IconPlayerStop } from '@tabler/icons-react';
import type { JobProgress } from '../../domain/job';
import { ApiFailure, messageOf } from '../api/client';
import { formatFileSize } from '../certificates/certificate-format';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; progress: JobProgress | null; cancelling: boolean }
  | { status: 'saved'; path: string; pageCount: number; size: number }
  | { status: 'no-file-chosen' }
  | { status: 'failed'; error: unknown };

type Props = {
  state: ExportState;
  onExport(): void;
  onCancel(): void;
};

/** Exports the packet to a file the holder picks, with progress and a way to stop. */
export function PacketExport({ state, onExport, onCancel }: Props) {
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
          Export packet…
        </Button>
        <Text size="sm" c="dimmed">
          You choose where to save the PDF. The app keeps working while the packet is built.
        </Text>
      </Group>
      <div ref={outcomeRef}>
        <ExportOutcome state={state} onCancel={onCancel} />
      </div>
    </Stack>
  );
}

function ExportOutcome({ state, onCancel }: { state: ExportState; onCancel(): void }) {
  switch (state.status) {
    case 'idle':
      return null;
    case 'running':
      return <ExportProgress progress={state.progress} cancelling={state.cancelling} onCancel={onCancel} />;
    case 'saved':
      return (
        <Alert color="teal" variant="light" title="Packet saved" role="status">
          <Stack gap={4}>
            <Text size="sm">
              Saved to <Code style={{ wordBreak: 'break-all' }}>{state.path}</Code>
            </Text>
            <Text size="sm">
              {state.pageCount} {state.pageCount === 1 ? 'page' : 'pages'} · {formatFileSize(state.size)}
            </Text>
          </Stack>
        </Alert>
      );
    case 'no-file-chosen':
      return (
        <Alert color="gray" variant="light" role="status">
          No file was chosen, so nothing was saved. Export again when you are ready.
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
  const stage = cancelling ? 'Cancelling…' : (progress?.stage ?? 'Starting the export…');
  return (
    <Stack gap="xs">
      <Progress value={value} animated={!cancelling} size="lg" aria-label="Packet export progress" />
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          {/* Some stages take a while before their first step is done: show it is still working. */}
          <Loader size="xs" aria-hidden />
          <Text size="sm" role="status" aria-live="polite">
            {stage}
            {progress && progress.total > 0 ? ` (${progress.done} of ${progress.total})` : ''}
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
          Cancel export
        </Button>
      </Group>
    </Stack>
  );
}

function ExportFailure({ error }: { error: unknown }) {
  const code = error instanceof ApiFailure ? error.code : null;
  if (code === 'CANCELLED') {
    return (
      <Alert color="gray" variant="light" title="Export cancelled" role="status">
        {messageOf(error)}
      </Alert>
    );
  }
  if (code === 'CERTIFICATE_PROBLEMS') {
    return (
      <Alert color="orange" variant="light" title="The packet was not saved" role="alert">
        {messageOf(error)} The certificates are listed under “Check certificates” above.
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" title="The packet was not saved" role="alert">
      {messageOf(error)}
    </Alert>
  );
}
