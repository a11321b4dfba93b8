import { Alert, Button, Code, Group, Progress, Stack, Text } from '@mantine/core';
import { IconArrowBackUp, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { stageWords } from '../../domain/i18n/stage-words';
import { roundedFileSize } from '../../domain/file-size';
import { messageOf } from '../api/client';
import type { useBackupJob } from './useBackupJob';

/** The running job's progress with Cancel, or what the last job came to. */
export function BackupJobStatus({ job }: { job: ReturnType<typeof useBackupJob> }) {
  const { t } = useTranslation();
  if (job.running) {
    const { progress } = job;
    const value = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
    return (
      <Stack gap="xs">
        <Progress value={value} animated size="lg" aria-label={t('backups.progressLabel')} />
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" role="status" aria-live="polite">
            {progress?.stage ? stageWords(progress.stage, t) : t('backups.working')}
            {progress && progress.total > 0
              ? ` (${t('backups.progressCount', { done: progress.done, total: progress.total })})`
              : ''}
          </Text>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerStop size={14} aria-hidden />}
            onClick={job.cancel}
          >
            {t('backups.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  }
  const outcome = job.outcome;
  if (!outcome) return null;
  if (outcome.kind === 'failed') {
    return (
      <Alert color="red" variant="light" title={t('backups.failed')} role="alert">
        {messageOf(outcome.error)}
      </Alert>
    );
  }
  if (outcome.kind === 'snapshot') {
    return (
      <Alert color="teal" variant="light" role="status">
        {t('backups.tookSnapshot', { size: roundedFileSize(outcome.result.bytesWritten) })}
      </Alert>
    );
  }
  if (outcome.kind === 'file') {
    return (
      <Alert color="teal" variant="light" role="status">
        {t('backups.wroteFile', {
          path: outcome.result.path,
          size: roundedFileSize(outcome.result.size),
          count: outcome.result.certificates,
        })}
      </Alert>
    );
  }
  const { previousDir, activities, certificates } = outcome.result;
  return (
    <Alert color="teal" variant="light" role="status">
      <Stack gap="xs">
        <Text size="sm">{t('backups.restored', { activities, certificates })}</Text>
        {previousDir ? (
          <>
            <Text size="sm">
              {t('backups.keptAside')} <Code style={{ wordBreak: 'break-all' }}>{previousDir}</Code>
            </Text>
            <Group>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconArrowBackUp size={14} aria-hidden />}
                onClick={() =>
                  void job.restore({
                    from: 'previous',
                    name: previousDir.split(/[\\/]/).filter(Boolean).pop()!,
                  })
                }
              >
                {t('backups.undoRestore')}
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}
