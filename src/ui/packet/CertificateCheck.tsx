import { Alert, Anchor, Button, Checkbox, Group, PasswordInput, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import { unreadableReason } from '../../domain/i18n/unreadable-words';
import type { CertificateProblem } from '../../domain/packet';
import type { Activity } from '../../domain/portfolio';
import { messageOf } from '../api/client';
import { hrefOf } from '../shell/route';
import { activityForProblem } from './packet-choices';

type Props = {
  /** null until the certificates have been checked. */
  problems: CertificateProblem[] | null;
  checking: boolean;
  checkError: unknown;
  onCheck(): void;
  passwords: Record<string, string>;
  onPasswordChange(sha256: string, password: string): void;
  allowPlaceholders: boolean;
  onAllowPlaceholdersChange(allow: boolean): void;
  activities: Activity[];
};

/**
 * Opens every certificate the packet would include, before anything is built, and
 * lists the ones that cannot be read with what to do about each: type its password,
 * fix the activity, or export with a placeholder page in its place.
 */
export function CertificateCheck(props: Props) {
  const { problems, checking, checkError, onCheck } = props;
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group>
        <Button
          variant={problems === null ? 'filled' : 'default'}
          leftSection={<IconShieldCheck size={18} aria-hidden />}
          loading={checking}
          onClick={onCheck}
        >
          {problems === null ? t('packet.check') : t('packet.checkAgain')}
        </Button>
        {problems === null && !checking ? (
          <Text size="sm" c="dimmed">
            {t('packet.checkHelp')}
          </Text>
        ) : null}
      </Group>
      {checkError ? (
        <Alert color="red" variant="light" title={t('packet.checkFailed')} role="alert">
          {messageOf(checkError)}
        </Alert>
      ) : null}
      {problems !== null && problems.length === 0 && !checkError ? (
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('packet.allReadable')}
          role="status"
        >
          {t('packet.allReadableText')}
        </Alert>
      ) : null}
      {problems !== null && problems.length > 0 ? <ProblemList {...props} problems={problems} /> : null}
    </Stack>
  );
}

function ProblemList({
  problems,
  passwords,
  onPasswordChange,
  allowPlaceholders,
  onAllowPlaceholdersChange,
  activities,
}: Props & { problems: CertificateProblem[] }) {
  const needPassword = problems.some((p) => p.needsPassword);
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert
        color="orange"
        variant="light"
        title={t('packet.unreadable', { count: problems.length })}
        role="alert"
      >
        {needPassword ? t('packet.unreadableWithPassword') : t('packet.unreadableFix')}
      </Alert>
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label={t('packet.unreadableLabel')} verticalSpacing="sm" highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('packet.fileColumn')}</Table.Th>
              <Table.Th>{t('packet.activityColumn')}</Table.Th>
              <Table.Th>{t('packet.problemColumn')}</Table.Th>
              <Table.Th>{t('packet.whatToDoColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.map((problem) => {
              const activity = activityForProblem(problem, activities);
              return (
                <Table.Tr key={`${problem.certificateSha256}-${problem.activityId}`}>
                  <Table.Td miw={160}>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {problem.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{problem.activityTitle}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{unreadableReason(problem, t)}</Text>
                  </Table.Td>
                  <Table.Td miw={220}>
                    {problem.needsPassword ? (
                      <PasswordInput
                        size="xs"
                        label={t('packet.passwordFor', { file: problem.fileName })}
                        value={passwords[problem.certificateSha256] ?? ''}
                        onChange={(event) =>
                          onPasswordChange(problem.certificateSha256, event.currentTarget.value)
                        }
                        autoComplete="off"
                      />
                    ) : activity ? (
                      <Anchor href={hrefOf({ page: 'activity', id: activity.id })} size="sm">
                        {t('packet.fixActivity')}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('packet.attachReadable')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Checkbox
        checked={allowPlaceholders}
        onChange={(event) => onAllowPlaceholdersChange(event.currentTarget.checked)}
        label={t('packet.placeholders')}
        description={t('packet.placeholdersHelp')}
      />
    </Stack>
  );
}
