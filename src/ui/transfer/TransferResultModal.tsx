import { Alert, Button, Code, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { messageOf } from '../api/client';
import { formatFileSize } from '../certificates/certificate-format';
import type { ImportProblem } from './import-problems';
import { describeCounts, importProblemsOf } from './import-problems';

/** What one portfolio action came to, shown until the person closes it. */
export type TransferOutcome =
  | { kind: 'exported'; path: string }
  | { kind: 'imported'; counts: { credentials: number; activities: number; certificates: number } }
  | { kind: 'cleaned'; removed: number; bytesFreed: number }
  | { kind: 'failed'; action: 'export' | 'import' | 'clean' | 'verify'; error: unknown };

const titles: Record<Exclude<TransferOutcome['kind'], 'failed'>, string> = {
  exported: 'Portfolio exported',
  imported: 'Portfolio imported',
  cleaned: 'Unused certificate files cleaned up',
};

const failureTitles: Record<Extract<TransferOutcome, { kind: 'failed' }>['action'], string> = {
  export: 'The portfolio was not exported',
  import: 'Nothing was imported',
  clean: 'Nothing was cleaned up',
  verify: 'Your portfolio could not be checked',
};

export function TransferResultModal({
  outcome,
  onClose,
}: {
  outcome: TransferOutcome | null;
  onClose(): void;
}) {
  const problems = outcome?.kind === 'failed' ? importProblemsOf(outcome.error) : [];
  const title = !outcome
    ? ''
    : outcome.kind === 'failed'
      ? failureTitles[outcome.action]
      : titles[outcome.kind];
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
          <Text size="sm">
            Your whole portfolio (portfolio.json and a copy of every certificate) was written to{' '}
            <Code style={{ wordBreak: 'break-all' }}>{outcome.path}</Code>. Keep that folder somewhere safe,
            such as a USB drive.
          </Text>
        ) : null}
        {outcome?.kind === 'imported' ? (
          <Text size="sm">Added to your portfolio: {describeCounts(outcome.counts)}.</Text>
        ) : null}
        {outcome?.kind === 'cleaned' ? (
          <Text size="sm">
            {outcome.removed === 0
              ? 'There were no unused certificate files. Nothing was removed.'
              : `Removed ${outcome.removed} unused certificate ${outcome.removed === 1 ? 'file' : 'files'}, freeing ${formatFileSize(outcome.bytesFreed)}.`}
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
            Done
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ImportProblemTable({ problems }: { problems: ImportProblem[] }) {
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {problems.length === 1 ? 'The problem' : `All ${problems.length} problems`}, by their place in the
        file:
      </Text>
      <ScrollArea.Autosize mah={360} type="auto">
        <Table aria-label="Problems in the import file" verticalSpacing="xs" striped highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Place in the file</Table.Th>
              <Table.Th>Problem</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((problem, i) => (
              <Table.Tr key={`${problem.path}-${i}`}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Code>{problem.path || '(the whole file)'}</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{problem.message}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}
