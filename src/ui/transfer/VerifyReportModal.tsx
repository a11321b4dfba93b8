import { List, Modal, Stack, Text } from '@mantine/core';
import type { VerifyReport } from '../../domain/verify-report';

/** What "Check my portfolio…" found: all in order, or each problem with what to do. */
export function VerifyReportModal({ report, onClose }: { report: VerifyReport | null; onClose: () => void }) {
  const problems = report?.problems ?? [];
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      title={problems.length === 0 ? 'Your portfolio is in order' : 'Your portfolio needs attention'}
      centered
      size="lg"
    >
      {report && problems.length === 0 && (
        <Text size="sm">
          Everything is in order: {report.activities} activities, {report.certificatesChecked} certificate
          files checked.
        </Text>
      )}
      {report && problems.length > 0 && (
        <Stack gap="sm">
          <Text size="sm">
            {report.activities} activities and {report.certificatesChecked} certificate files checked.{' '}
            {problems.length === 1 ? 'One thing needs' : `${problems.length} things need`} your attention:
          </Text>
          <List size="sm" spacing="xs">
            {problems.map((problem, i) => (
              <List.Item key={i}>
                <Text size="sm" fw={600} span>
                  {problem.concerns}:
                </Text>{' '}
                {problem.advice}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Modal>
  );
}
