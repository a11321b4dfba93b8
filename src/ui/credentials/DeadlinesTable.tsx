import { Badge, Table, Text } from '@mantine/core';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { formatDate, formatRelativeDays } from '../components/format';
import { SectionCard } from './SectionCard';

/** Every date that matters for this credential: expiry, grace end, exam route, yearly fees. */
export function DeadlinesTable({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  if (ev.deadlines.length === 0) return null;
  return (
    <SectionCard title="Deadlines">
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label="Deadlines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>What</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th>Note</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ev.deadlines.map((deadline) => {
              const past = deadline.date < ev.asOf;
              return (
                <Table.Tr key={deadline.key} c={past ? 'dimmed' : undefined}>
                  <Table.Td fw={500} miw={160}>
                    {deadline.label}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(deadline.date)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {past ? (
                      <Badge variant="light" color="gray" radius="sm">
                        passed
                      </Badge>
                    ) : (
                      formatRelativeDays(deadline.date, ev.asOf)
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{deadline.note}</Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
