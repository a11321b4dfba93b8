import { Alert, Button, Code, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../domain/i18n/translator';
import { tNow } from '../i18n/current';
import { messageOf } from '../api/client';
import { formatFileSize } from '../certificates/certificate-format';
import type { ImportProblem } from './import-problems';
import { importProblemsOf } from './import-problems';

/** What one portfolio action came to, shown until the person closes it. */
export type TransferOutcome =
  | { kind: 'exported'; path: string }
  | { kind: 'imported'; counts: { credentials: number; activities: number; certificates: number } }
  | { kind: 'cleaned'; removed: number; bytesFreed: number }
  | { kind: 'failed'; action: 'export' | 'import' | 'clean' | 'verify'; error: unknown };

const titles: Record<Exclude<TransferOutcome['kind'], 'failed'>, MessageKey> = {
  exported: 'transfer.exported',
  imported: 'transfer.imported',
  cleaned: 'transfer.cleaned',
};

const failureTitles: Record<Extract<TransferOutcome, { kind: 'failed' }>['action'], MessageKey> = {
  export: 'transfer.exportFailed',
  import: 'transfer.importFailed',
  clean: 'transfer.cleanFailed',
  verify: 'transfer.verifyFailed',
};

export function TransferResultModal({
  outcome,
  onClose,
}: {
  outcome: TransferOutcome | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const problems = outcome?.kind === 'failed' ? importProblemsOf(outcome.error) : [];
  const title = !outcome
    ? ''
    : outcome.kind === 'failed'
      ? t(failureTitles[outcome.action])
      : t(titles[outcome.kind]);
  return (
    <Modal
      opened={outcome !== null}
      onClose={onClose}
      title={title}
      centered
      size={problems.length > 0 ? 'xl' : 'md'}
    >
      <Stack gap="md">
        {outcome?.kind === 'exported' ? (
          <Text size="sm" style={{ wordBreak: 'break-word' }}>
            {t('transfer.exportedText', { path: outcome.path })}
          </Text>
        ) : null}
        {outcome?.kind === 'imported' ? (
          <Text size="sm">{t('transfer.importedText', outcome.counts)}</Text>
        ) : null}
        {outcome?.kind === 'cleaned' ? (
          <Text size="sm">
            {outcome.removed === 0
              ? t('transfer.nothingToClean')
              : t('transfer.cleanedText', {
                  count: outcome.removed,
                  size: formatFileSize(outcome.bytesFreed),
                })}
          </Text>
        ) : null}
        {outcome?.kind === 'failed' ? (
          <Alert color="red" variant="light" role="alert">
            {messageOf(outcome.error)}
          </Alert>
        ) : null}
        {problems.length > 0 ? <ImportProblemTable problems={problems} /> : null}
        <Group justify="flex-end">
          <Button onClick={onClose} data-autofocus>
            {t('transfer.done')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ImportProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('transfer.problemsIntro', { count: problems.length })}
      </Text>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table aria-label={t('transfer.problemsTable')} verticalSpacing="xs" striped highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transfer.place')}</Table.Th>
              <Table.Th>{t('transfer.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((problem, i) => (
              <Table.Tr key={`${problem.path}-${i}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Code>
                    {problem.pathSaid
                      ? tNow(problem.pathSaid.key as MessageKey, problem.pathSaid.values)
                      : problem.path || t('transfer.wholeFile')}
                  </Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {problem.said
                      ? tNow(problem.said.key as MessageKey, problem.said.values)
                      : problem.message}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
