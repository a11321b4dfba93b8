import { List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { verifyProblemWords } from '../../domain/i18n/verify-words';
import type { VerifyReport } from '../../domain/verify-report';

/** What "Check my portfolio…" found: all in order, or each problem with what to do. */
export function VerifyReportModal({ report, onClose }: { report: VerifyReport | null; onClose: () => void }) {
  const problems = report?.problems ?? [];
  const { t } = useTranslation();
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      title={problems.length === 0 ? t('transfer.inOrder') : t('transfer.needsAttention')}
      centered
      size="lg"
    >
      {report && problems.length === 0 && (
        <Text size="sm">
          {t('transfer.allInOrder', { activities: report.activities, files: report.certificatesChecked })}
        </Text>
      )}
      {report && problems.length > 0 && (
        <Stack gap="sm">
          <Text size="sm">
            {t('transfer.checked', {
              activities: report.activities,
              files: report.certificatesChecked,
              count: problems.length,
            })}
          </Text>
          <List size="sm" spacing="xs">
            {problems.map((problem, i) => {
              const words = verifyProblemWords(problem, t);
              return (
                <List.Item key={i}>
                  <Text size="sm" fw={600} span>
                    {words.concerns}:
                  </Text>{' '}
                  {words.advice}
                </List.Item>
              );
            })}
          </List>
        </Stack>
      )}
    </Modal>
  );
}
