import { Badge, Table, Text } from '@mantine/core';
import type { CredentialEvaluation } from '../../domain/evaluation';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../components/format';
import { useFigures } from '../components/useFigures';
import { useStandingWords } from '../components/useStandingWords';
import { SectionCard } from './SectionCard';

/** Every date that matters for this credential: expiry, grace end, exam route, yearly fees. */
export function DeadlinesTable({ evaluation: ev }: { evaluation: CredentialEvaluation }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const said = useStandingWords();
  if (ev.deadlines.length === 0) return null;
  return (
    <SectionCard title={t('credentialPage.deadlines')}>
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label={t('credentialPage.deadlines')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('credentialPage.what')}</Table.Th>
              <Table.Th>{t('credentialPage.date')}</Table.Th>
              <Table.Th>{t('credentialPage.when')}</Table.Th>
              <Table.Th>{t('credentialPage.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ev.deadlines.map((deadline) => {
              const past = deadline.date < ev.asOf;
              const words = said.deadline(ev, deadline);
              return (
                <Table.Tr key={deadline.key} c={past ? 'dimmed' : undefined}>
                  <Table.Td fw={500} miw={160}>
                    {words.label}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(deadline.date)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {past ? (
                      <Badge variant="light" color="gray" radius="sm">
                        {t('credentialPage.passed')}
                      </Badge>
                    ) : (
                      figures.relativeDays(deadline.date, ev.asOf)
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{words.note}</Text>
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
