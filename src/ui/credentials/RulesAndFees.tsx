import { Alert, Anchor, Badge, Group, List, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { formatDate, formatMoney, formatRulesDate } from '../components/format';
import { useStandingWords } from '../components/useStandingWords';
import { SectionCard } from './SectionCard';

/**
 * Fees, and where the rules come from: a rule pack is only as good as its source. A fee
 * one payment covers for several of the person's credentials says so (`sharedFees`: by
 * the fee's place in the list, the credentials it covers).
 */
export function RulesAndFees({
  evaluation: ev,
  sharedFees = new Map(),
}: {
  evaluation: CredentialEvaluation;
  sharedFees?: ReadonlyMap<number, readonly string[]>;
}) {
  const { t, i18n } = useTranslation();
  const said = useStandingWords();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return (
    <SectionCard title={t('credentials.fees.title')}>
      <Alert variant="light" color="ocean" icon={<IconInfoCircle aria-hidden />}>
        {said.packText(ev.confirmNote)}
      </Alert>
      {ev.fees.length > 0 ? (
        <Table aria-label={t('credentials.fees.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('credentials.fees.fee')}</Table.Th>
              <Table.Th ta="right">{t('credentials.fees.amount')}</Table.Th>
              <Table.Th>{t('credentials.fees.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ev.fees.map((fee, index) => (
              <Table.Tr key={`${fee.label}-${fee.every}`}>
                <Table.Td>
                  <Group gap={6}>
                    {said.packText(fee.label)}
                    {fee.unverified && (
                      <Badge size="sm" variant="light" color="yellow" radius="sm">
                        {t('credentials.fees.unverified')}
                      </Badge>
                    )}
                  </Group>
                  {sharedFees.has(index) && (
                    <Text size="xs" c="dimmed">
                      {t('credentials.fees.covers', {
                        credentials: list.format(sharedFees.get(index) ?? []),
                      })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(fee.amount)}</Table.Td>
                <Table.Td>
                  {fee.every === 'year'
                    ? t('credentials.fees.everyYear')
                    : fee.every === 'renewal'
                      ? t('credentials.fees.atRenewal')
                      : fee.every}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" c="dimmed">
          {t('credentials.fees.none')}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('credentials.fees.rulePack')}
          </Text>
          <Text size="sm">
            {t('credentials.fees.version', { date: formatRulesDate(ev.rulePackVersion) })}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('credentials.fees.lastChecked')}
          </Text>
          <Text size="sm">
            {ev.lastChecked ? formatDate(ev.lastChecked) : t('credentials.fees.notRecorded')}
          </Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('credentials.fees.source')}
          </Text>
          <SourceText source={ev.source} />
        </Stack>
      </SimpleGrid>
      {ev.unverified.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb={4}>
            {t('credentials.fees.unverifiedFigures')}
          </Text>
          <List size="sm" spacing={2}>
            {ev.unverified.map((note) => (
              <List.Item key={note}>{said.packText(note)}</List.Item>
            ))}
          </List>
        </div>
      )}
    </SectionCard>
  );
}

/** A source that is a web address opens in the browser (the main process allows https only). */
export function SourceText({ source }: { source: string }) {
  const { t } = useTranslation();
  if (!source) return <Text size="sm">{t('credentials.fees.notRecorded')}</Text>;
  if (/^https:\/\/\S+$/.test(source)) {
    return (
      <Anchor href={source} target="_blank" rel="noreferrer" size="sm" style={{ wordBreak: 'break-all' }}>
        {source}
      </Anchor>
    );
  }
  return <Text size="sm">{source}</Text>;
}
