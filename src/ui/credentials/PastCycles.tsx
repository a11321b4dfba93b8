import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PastCycle } from '../../domain/cycle-history';
import { formatNumber } from '../../domain/units';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { StatusBadge } from '../components/StatusBadge';
import { hrefOf } from '../shell/route';
import { undoRenewal } from './RenewDialog';
import { usePastCycles } from './renewal-queries';
import { SectionCard } from './SectionCard';
import { useFigures } from '../components/useFigures';

const endingLabels = {
  renewed: 'renewals.ending.renewed',
  reactivated_exam: 'renewals.ending.reactivated_exam',
  reactivated_ce: 'renewals.ending.reactivated_ce',
} as const satisfies Record<PastCycle['ending'], string>;

/** The credential's finished cycles, newest first, each with what counted and a link to its packet. */
export function PastCycles({ credentialId, credential }: { credentialId: number; credential: string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const queryClient = useQueryClient();
  const cycles = usePastCycles(credentialId);
  const [undoing, setUndoing] = useState(false);

  if (cycles.error) return <ErrorAlert error={cycles.error} onRetry={() => void cycles.refetch()} />;
  if (!cycles.data || cycles.data.length === 0) return null;

  const undo = async () => {
    setUndoing(true);
    await undoRenewal(t, queryClient, credentialId, credential);
    setUndoing(false);
  };

  return (
    <SectionCard
      title={t('renewals.pastTitle')}
      description={t('renewals.pastDescription')}
      actions={
        <Button
          variant="default"
          size="xs"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          loading={undoing}
          onClick={() => void undo()}
        >
          {t('renewals.undoLast')}
        </Button>
      }
    >
      <Table aria-label={t('renewals.pastTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('renewals.columnCycle')}</Table.Th>
            <Table.Th>{t('renewals.columnEnding')}</Table.Th>
            <Table.Th>{t('renewals.columnCounted')}</Table.Th>
            <Table.Th>{t('renewals.columnPacket')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...cycles.data].reverse().map((cycle) => {
            const dates = { start: formatDate(cycle.startedOn), end: formatDate(cycle.evaluation.asOf) };
            return (
              <Table.Tr key={cycle.startedOn}>
                <Table.Td>{t('renewals.cycleDates', dates)}</Table.Td>
                <Table.Td>{t(endingLabels[cycle.ending], { date: formatDate(cycle.statedOn) })}</Table.Td>
                <Table.Td>
                  <Text size="sm" span mr="xs">
                    {t('renewals.counted', {
                      counted: formatNumber(cycle.evaluation.counted),
                      required: formatNumber(cycle.evaluation.required),
                      pointName: figures.pointWord(cycle.evaluation.pointName, cycle.evaluation.required),
                    })}
                  </Text>
                  <StatusBadge status={cycle.evaluation.status} />
                </Table.Td>
                <Table.Td>
                  <Anchor
                    href={hrefOf({ page: 'packet', credentialId, asOf: cycle.evaluation.asOf })}
                    aria-label={t('renewals.packetLabel', dates)}
                  >
                    {t('renewals.packet')}
                  </Anchor>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </SectionCard>
  );
}
