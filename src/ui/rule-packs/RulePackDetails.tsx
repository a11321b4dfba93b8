import { Alert, Badge, Drawer, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RulePack } from '../../domain/rule-pack';
import { formatNumber, unitLabels, units } from '../../domain/units';
import { formatDate, formatMoney, formatPoints, formatRulesDate } from '../components/format';
import { credentialLabel } from '../components/portfolio-queries';
import { SourceText } from '../credentials/RulesAndFees';
import { cycleSentence, kindRuleSentence } from './rule-pack-words';

/** A rule pack's rules, read-only, in plain words. */
export function RulePackDetails({ pack, onClose }: { pack: RulePack | null; onClose: () => void }) {
  return (
    <Drawer
      opened={pack !== null}
      onClose={onClose}
      position="right"
      size="lg"
      title={
        <Text fw={650} fz="lg">
          {pack ? credentialLabel(pack) : ''}
        </Text>
      }
      closeButtonProps={{ 'aria-label': 'Close the rules' }}
    >
      {pack && <Details pack={pack} />}
    </Drawer>
  );
}

function Details({ pack }: { pack: RulePack }) {
  const accepted = units.filter((unit) => pack.unitPoints[unit] !== undefined);
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <Badge variant="light" color={pack.builtIn ? 'ocean' : 'grape'} radius="sm">
          {pack.builtIn ? 'Built-in' : 'Your own'}
        </Badge>
        <Badge variant="outline" color="gray" radius="sm">
          Rules as of {formatRulesDate(pack.version)}
        </Badge>
        {pack.bodyName && (
          <Text size="sm" c="dimmed">
            {pack.bodyName}
          </Text>
        )}
      </Group>
      <Text fw={500}>{cycleSentence(pack)}</Text>

      <Alert variant="light" color="ocean" icon={<IconInfoCircle aria-hidden />}>
        {pack.confirmNote}
      </Alert>

      {pack.categories.length > 0 && (
        <Section title="Categories">
          <Table aria-label="Categories">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Category</Table.Th>
                <Table.Th ta="right">Minimum</Table.Th>
                <Table.Th ta="right">Maximum</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pack.categories.map((category) => (
                <Table.Tr key={category.key}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {category.label}
                    </Text>
                    {category.description && (
                      <Text size="xs" c="dimmed">
                        {category.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(category.min)}</Table.Td>
                  <Table.Td ta="right">
                    {category.max === null ? 'No limit' : formatNumber(category.max)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}

      <Section title="What counts">
        <List size="sm" spacing={4}>
          {pack.approvedProviders && (
            <List.Item>
              At least {formatNumber(pack.approvedProviders.minPoints)} {pack.pointName} from{' '}
              {pack.approvedProviders.label} ({pack.approvedProviders.bodies.join(', ')}).
            </List.Item>
          )}
          {pack.minActivityMinutes !== null && (
            <List.Item>Activities shorter than {pack.minActivityMinutes} minutes do not count.</List.Item>
          )}
          {pack.kindRules.map((rule) => (
            <List.Item key={rule.kind}>{kindRuleSentence(rule, pack)}</List.Item>
          ))}
          <List.Item>
            Accepted units:{' '}
            {accepted.length
              ? accepted
                  .map(
                    (unit) =>
                      `1 ${unitLabels[unit].one} = ${formatPoints(pack.unitPoints[unit] ?? 0, pack.pointName)}`,
                  )
                  .join('; ')
              : 'none'}
            . Credit in any other unit does not count.
          </List.Item>
        </List>
      </Section>

      <Section title="After expiry">
        <List size="sm" spacing={4}>
          <List.Item>
            {pack.graceMonths !== null && pack.graceMonths > 0
              ? `Renewal by continuing education is still allowed until the last day of the ${ordinal(pack.graceMonths)} month after the month of expiry.`
              : pack.graceMonths === null && pack.graceDays > 0
                ? `Renewal by continuing education is still allowed for ${pack.graceDays} days after expiry.`
                : 'There is no grace period after expiry.'}
          </List.Item>
          {pack.lapsedNote && <List.Item>{pack.lapsedNote}</List.Item>}
          {pack.lapseRoutes.map((route) => (
            <List.Item key={route.key}>
              {route.label}: {route.text}
            </List.Item>
          ))}
          {pack.examRoute && (
            <List.Item>
              Renewing by exam: pass at least {pack.examRoute.passMonthsBeforeExpiry} months before expiry,
              and apply at least {pack.examRoute.applyDaysBeforeExpiry} days before expiry.
            </List.Item>
          )}
        </List>
      </Section>

      <Section title="Fees">
        {pack.fees.length === 0 ? (
          <Text size="sm" c="dimmed">
            No fees listed.
          </Text>
        ) : (
          <Table aria-label="Fees">
            <Table.Tbody>
              {pack.fees.map((fee) => (
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
                  <Table.Td>{fee.every === 'year' ? 'Every year' : 'At renewal'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      {pack.notes.length > 0 && (
        <Section title="Notes">
          <List size="sm" spacing={4}>
            {pack.notes.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Section>
      )}

      {pack.unverified.length > 0 && (
        <Section title="Unverified">
          <List size="sm" spacing={4}>
            {pack.unverified.map((note) => (
              <List.Item key={note}>{note}</List.Item>
            ))}
          </List>
        </Section>
      )}

      <SimpleGrid cols={2}>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Last checked
          </Text>
          <Text size="sm">{pack.lastChecked ? formatDate(pack.lastChecked) : 'Not recorded'}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            Source
          </Text>
          <SourceText source={pack.source} />
        </div>
      </SimpleGrid>
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Title order={3} fz="md">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
function ordinal(n: number): string {
  return ordinals[n - 1] ?? `${n}th`;
}
