import { Badge, Table, Text } from '@mantine/core';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../domain/units';
import { useFigures } from '../components/useFigures';
import { useStandingWords } from '../components/useStandingWords';
import { useVocabulary } from '../components/useVocabulary';
import { SectionCard } from './SectionCard';

/** Required against counted, per category and for approved providers. */
export function CategoriesTable({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  const providers = ev.approvedProviders;
  const { t } = useTranslation();
  const figures = useFigures();
  const said = useStandingWords();
  const vocabulary = useVocabulary();
  const approved = providers ? said.approvedLabel(providers.label) : '';
  return (
    <SectionCard
      title={t('credentialPage.byCategory')}
      description={t('credentialPage.byCategoryHelp', { points: figures.pointWord(ev.pointName, 2) })}
    >
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label={t('credentialPage.byCategory')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('credentialPage.category')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.minimum')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.maximum')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.earned')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.counted')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.stillNeeded')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ev.categories.map((category) => (
              <Table.Tr key={category.key}>
                <Table.Td>{vocabulary.category(category.key, category.label)}</Table.Td>
                <Table.Td ta="right">{formatNumber(category.min)}</Table.Td>
                <Table.Td ta="right">
                  {category.max === null ? t('credentialPage.noLimit') : formatNumber(category.max)}
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
              <Table.Td>{t('credentialPage.total')}</Table.Td>
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
        <Table aria-label={t('credentialPage.approvedProviders')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('credentialPage.approvedProviders')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.minimum')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.counted')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.othersLeftOut')}</Table.Th>
              <Table.Th ta="right">{t('credentialPage.stillNeeded')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>{approved}</Table.Td>
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
          {t('credentialPage.outsideLeftOut', {
            count: providers.outsideLeftOut,
            points: figures.pointWord(ev.pointName, providers.outsideLeftOut),
            outside: Math.max(0, ev.required - providers.min),
            approved: approved.charAt(0).toLocaleLowerCase() + approved.slice(1),
          })}
        </Text>
      )}
    </SectionCard>
  );
}

function Needed({ value }: { value: number }) {
  const { t } = useTranslation();
  return value > 0 ? (
    <Badge variant="light" color="orange" radius="sm">
      {formatNumber(value)}
    </Badge>
  ) : (
    <Badge variant="light" color="green" radius="sm">
      {t('credentialPage.met')}
    </Badge>
  );
}
