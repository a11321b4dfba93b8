import { Alert, Badge, Drawer, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../domain/rule-pack';
import { formatNumber, units } from '../../domain/units';
import { formatDate, formatMoney, formatRulesDate } from '../components/format';
import { credentialLabel } from '../components/portfolio-queries';
import { useFigures } from '../components/useFigures';
import { useStandingWords } from '../components/useStandingWords';
import { useVocabulary } from '../components/useVocabulary';
import { SourceText } from '../credentials/RulesAndFees';
import { cycleSentence, kindRuleSentence } from './rule-pack-words';

/** A rule pack's rules, read-only, in plain words. */
export function RulePackDetails({ pack, onClose }: { pack: RulePack | null; onClose: () => void }) {
  const { t } = useTranslation();
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
      closeButtonProps={{ 'aria-label': t('rulePacks.details.close') }}
    >
      {pack && <Details pack={pack} />}
    </Drawer>
  );
}

function Details({ pack }: { pack: RulePack }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const figures = useFigures();
  const said = useStandingWords();
  const words = { t, vocabulary, pointWord: figures.pointWord };
  const points = (count: number) => `${formatNumber(count)} ${figures.pointWord(pack.pointName, count)}`;
  const accepted = units.filter((unit) => pack.unitPoints[unit] !== undefined);
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <Badge variant="light" color={pack.builtIn ? 'ocean' : 'grape'} radius="sm">
          {pack.builtIn ? t('rulePacks.details.builtIn') : t('rulePacks.details.yourOwn')}
        </Badge>
        <Badge variant="outline" color="gray" radius="sm">
          {t('rulePacks.details.rulesAsOf', { date: formatRulesDate(pack.version) })}
        </Badge>
        {pack.bodyName && (
          <Text size="sm" c="dimmed">
            {pack.bodyName}
          </Text>
        )}
      </Group>
      <Text fw={500}>{cycleSentence(pack, words)}</Text>

      <Alert variant="light" color="ocean" icon={<IconInfoCircle aria-hidden />}>
        {said.packText(pack.confirmNote)}
      </Alert>

      {pack.categories.length > 0 && (
        <Section title={t('rulePacks.details.categories')}>
          <Table aria-label={t('rulePacks.details.categories')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rulePacks.details.category')}</Table.Th>
                <Table.Th ta="right">{t('rulePacks.details.minimum')}</Table.Th>
                <Table.Th ta="right">{t('rulePacks.details.maximum')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pack.categories.map((category) => (
                <Table.Tr key={category.key}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {vocabulary.category(category.key, category.label)}
                    </Text>
                    {category.description && (
                      <Text size="xs" c="dimmed">
                        {said.packText(category.description)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatNumber(category.min)}</Table.Td>
                  <Table.Td ta="right">
                    {category.max === null ? t('rulePacks.details.noLimit') : formatNumber(category.max)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}

      <Section title={t('rulePacks.details.whatCounts')}>
        <List size="sm" spacing={4}>
          {pack.approvedProviders && (
            <List.Item>
              {t('rulePacks.details.approved', {
                count: formatNumber(pack.approvedProviders.minPoints),
                pointName: figures.pointWord(pack.pointName, pack.approvedProviders.minPoints),
                label: inSentence(said.approvedLabel(pack.approvedProviders.label)),
                bodies: pack.approvedProviders.bodies.join(', '),
              })}
            </List.Item>
          )}
          {pack.minActivityMinutes !== null && (
            <List.Item>{t('rulePacks.details.shortest', { minutes: pack.minActivityMinutes })}</List.Item>
          )}
          {pack.kindRules.map((rule) => (
            <List.Item key={rule.kind}>{kindRuleSentence(rule, pack, words)}</List.Item>
          ))}
          <List.Item>
            {accepted.length
              ? t('rulePacks.details.units', {
                  units: accepted
                    .map((unit) =>
                      t('rulePacks.details.unitWorth', {
                        unit: vocabulary.unit(unit, 1),
                        worth: points(pack.unitPoints[unit] ?? 0),
                      }),
                    )
                    .join('; '),
                })
              : t('rulePacks.details.unitsNone')}
          </List.Item>
        </List>
      </Section>

      <Section title={t('rulePacks.details.afterExpiry')}>
        <List size="sm" spacing={4}>
          <List.Item>
            {pack.graceMonths !== null && pack.graceMonths > 0
              ? t('rulePacks.details.graceMonths', { months: pack.graceMonths })
              : pack.graceMonths === null && pack.graceDays > 0
                ? t('rulePacks.details.graceDays', { days: pack.graceDays })
                : t('rulePacks.details.noGrace')}
          </List.Item>
          {pack.lapsedNote && <List.Item>{said.packText(pack.lapsedNote)}</List.Item>}
          {pack.lapseRoutes.map((route) => (
            <List.Item key={route.key}>
              {said.packText(route.label)}: {said.packText(route.text)}
            </List.Item>
          ))}
          {pack.examRoute && (
            <List.Item>
              {t('rulePacks.details.exam', {
                months: pack.examRoute.passMonthsBeforeExpiry,
                days: pack.examRoute.applyDaysBeforeExpiry,
              })}
            </List.Item>
          )}
        </List>
      </Section>

      <Section title={t('rulePacks.details.fees')}>
        {pack.fees.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('rulePacks.details.noFees')}
          </Text>
        ) : (
          <Table aria-label={t('rulePacks.details.fees')}>
            <Table.Tbody>
              {pack.fees.map((fee) => (
                <Table.Tr key={`${fee.label}-${fee.every}`}>
                  <Table.Td>
                    <Group gap={6}>
                      {said.packText(fee.label)}
                      {fee.unverified && (
                        <Badge size="sm" variant="light" color="yellow" radius="sm">
                          {t('rulePacks.details.unverifiedBadge')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{formatMoney(fee.amount)}</Table.Td>
                  <Table.Td>
                    {fee.every === 'year'
                      ? t('rulePacks.details.everyYear')
                      : t('rulePacks.details.atRenewal')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      {pack.notes.length > 0 && (
        <Section title={t('rulePacks.details.notes')}>
          <List size="sm" spacing={4}>
            {pack.notes.map((note) => (
              <List.Item key={note}>{said.packText(note)}</List.Item>
            ))}
          </List>
        </Section>
      )}

      {pack.unverified.length > 0 && (
        <Section title={t('rulePacks.details.unverified')}>
          <List size="sm" spacing={4}>
            {pack.unverified.map((note) => (
              <List.Item key={note}>{said.packText(note)}</List.Item>
            ))}
          </List>
        </Section>
      )}

      <SimpleGrid cols={2}>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('rulePacks.details.lastChecked')}
          </Text>
          <Text size="sm">
            {pack.lastChecked ? formatDate(pack.lastChecked) : t('rulePacks.details.notRecorded')}
          </Text>
        </div>
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('rulePacks.details.source')}
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

/** A label inside a sentence: "Approved providers" → "approved providers", "AAMA-approved…" kept. */
function inSentence(label: string): string {
  const second = label.charAt(1);
  return second && second === second.toLocaleLowerCase()
    ? label.charAt(0).toLocaleLowerCase() + label.slice(1)
    : label;
}
