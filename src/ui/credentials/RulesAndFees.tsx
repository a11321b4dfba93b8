import { Alert, Anchor, Badge, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { formatDate, formatMoney } from '../components/format';
import { SectionCard } from './SectionCard';

/** Fees, and where the rules come from: a rule pack is only as good as its source. */
export function RulesAndFees({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  return (
    <SectionCard title="Fees and where these rules come from">
      <Alert variant="light" color="ocean" icon={<IconInfoCircle aria-hidden />}>
        {ev.confirmNote}
      </Alert>
      {ev.fees.length > 0 ? (
        <Table aria-label="Fees">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Fee</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Due</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ev.fees.map((fee) => (
              <Table.Tr key={`${fee.label}-${fee.every}`}>
                <Table.Td>
                  <Group gap={6}>
                    {fee.label}
                    {fee.unverified && (
                      <Badge size="sm" variant="light" color="yellow" radius="sm">
                        unverified
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{formatMoney(fee.amount)}</Table.Td>
                <Table.Td>
                  {fee.every === 'year' ? 'Every year' : fee.every === 'renewal' ? 'At renewal' : fee.every}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          This rule pack lists no fees.
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Rule pack
          </Text>
          <Text size="sm">
            {ev.rulePackId} · version {ev.rulePackVersion}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Last checked
          </Text>
          <Text size="sm">{ev.lastChecked ? formatDate(ev.lastChecked) : 'Not recorded'}</Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Source
          </Text>
          <SourceText source={ev.source} />
        </Stack>
      </SimpleGrid>
      {ev.unverified.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={4}>
            Figures from secondary sources only (unverified)
          </Text>
          <List size="sm" spacing={2}>
            {ev.unverified.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </div>
      )}
    </SectionCard>
  );
}

/** A source that is a web address opens in the browser (the main process allows https only). */
export function SourceText({ source }: { source: string }) {
  if (!source) return <Text size="sm">Not recorded</Text>;
  if (/^https:\/\/\S+$/.test(source)) {
    return (
      <Anchor href={source} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
        {source}
      </Anchor>
    );
  }
  return <Text size="sm">{source}</Text>;
}
