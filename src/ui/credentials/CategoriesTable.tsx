import { Badge, Table, Text } from '@mantine/core';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { formatNumber } from '../../domain/units';
import { SectionCard } from './SectionCard';

/** Required against counted, per category and for approved providers. */
export function CategoriesTable({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  const providers = ev.approvedProviders;
  return (
    <SectionCard
      title="Credit by category"
      description={`Earned is everything inside the cycle; counted is what is left after each limit, in ${ev.pointName}.`}
    >
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label="Credit by category">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Category</Table.Th>
              <Table.Th ta="right">Minimum</Table.Th>
              <Table.Th ta="right">Maximum</Table.Th>
              <Table.Th ta="right">Earned</Table.Th>
              <Table.Th ta="right">Counted</Table.Th>
              <Table.Th ta="right">Still needed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ev.categories.map((category) => (
              <Table.Tr key={category.key}>
                <Table.Td>{category.label}</Table.Td>
                <Table.Td ta="right">{formatNumber(category.min)}</Table.Td>
                <Table.Td ta="right">
                  {category.max === null ? 'No limit' : formatNumber(category.max)}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(category.earned)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatNumber(category.counted)}
                </Table.Td>
                <Table.Td ta="right">
                  <Needed value={category.stillNeeded} />
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={600} bg="var(--ceu-surface)">
              <Table.Td>Total</Table.Td>
              <Table.Td ta="right">{formatNumber(ev.required)}</Table.Td>
              <Table.Td ta="right">—</Table.Td>
              <Table.Td ta="right">{formatNumber(ev.earned)}</Table.Td>
              <Table.Td ta="right">{formatNumber(ev.counted)}</Table.Td>
              <Table.Td ta="right">
                <Needed value={ev.stillNeeded} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {providers && (
        <Table aria-label="Approved providers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Approved providers</Table.Th>
              <Table.Th ta="right">Minimum</Table.Th>
              <Table.Th ta="right">Counted</Table.Th>
              <Table.Th ta="right">Other providers left out</Table.Th>
              <Table.Th ta="right">Still needed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>{providers.label}</Table.Td>
              <Table.Td ta="right">{formatNumber(providers.min)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatNumber(providers.counted)}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(providers.outsideLeftOut)}</Table.Td>
              <Table.Td ta="right">
                <Needed value={providers.stillNeeded} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
      {providers && providers.outsideLeftOut > 0 && (
        <Text size="sm" c="dimmed">
          {formatNumber(providers.outsideLeftOut)} {ev.pointName} from other providers cannot count: at most{' '}
          {formatNumber(Math.max(0, ev.required - providers.min))} may come from outside {providers.label}.
        </Text>
      )}
    </SectionCard>
  );
}

function Needed({ value }: { value: number }) {
  return value > 0 ? (
    <Badge variant="light" color="orange" radius="sm">
      {formatNumber(value)}
    </Badge>
  ) : (
    <Badge variant="light" color="green" radius="sm">
      Met
    </Badge>
  );
}
