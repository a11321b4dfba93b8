import { useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconClockExclamation, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Audit, isAudited } from '../../domain/audit';
import type { Activity } from '../../domain/portfolio';
import { messageOf } from '../api/client';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { formatDate } from '../components/format';
import { PacketExport } from '../packet/PacketExport';
import { usePacketExport } from '../packet/usePacketExport';
import { dueText } from './audit-dates';
import { useDeleteAudit, useSetAuditAnswered } from './audit-queries';

type Props = {
  audit: Audit;
  credentialName: string;
  activities: Activity[];
  today: string;
  onEdit(): void;
};

/** One audit: what was asked, by when, and the way to answer it. */
export function AuditCard({ audit, credentialName, activities, today, onEdit }: Props) {
  const { t } = useTranslation();
  const answered = audit.answeredOn !== null;
  const setAnswered = useSetAuditAnswered();
  const remove = useDeleteAudit();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const packetExport = usePacketExport(() => undefined);
  const count = activities.filter(
    (activity) => activity.credentialIds.includes(audit.credentialId) && isAudited(audit, activity),
  ).length;
  const request = { credentialId: audit.credentialId, auditId: audit.id };
  const headingId = `audit-${audit.id}`;

  const toggleAnswered = () =>
    setAnswered.mutate(
      { id: audit.id, answered: !answered },
      {
        onSuccess: (saved) => {
          if (saved.answeredOn)
            notifications.show({
              color: 'teal',
              title: t('audits.markedAnswered'),
              message: audit.reference,
            });
        },
        onError: (error) =>
          notifications.show({ color: 'red', title: t('audits.actionsFailed'), message: messageOf(error) }),
      },
    );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Title order={2} size="h4" id={headingId}>
              {credentialName} · {t('audits.reference', { reference: audit.reference })}
            </Title>
            <Text size="sm">
              {answered
                ? t('audits.answeredOn', { date: formatDate(audit.answeredOn) })
                : `${t('audits.dueOn', { date: formatDate(audit.dueOn) })} · ${dueText(t, audit.dueOn, today)}`}
            </Text>
            <Text size="sm">
              {audit.periodStart && audit.periodEnd
                ? `${t('audits.period', { start: formatDate(audit.periodStart), end: formatDate(audit.periodEnd) })} · `
                : ''}
              {t('audits.activitiesCount', { count })}
            </Text>
            {audit.notes ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {audit.notes}
              </Text>
            ) : null}
          </Stack>
          <Badge
            size="lg"
            variant="light"
            color={answered ? 'teal' : 'orange'}
            leftSection={
              answered ? (
                <IconCircleCheck size={14} aria-hidden />
              ) : (
                <IconClockExclamation size={14} aria-hidden />
              )
            }
          >
            {answered ? t('audits.answered') : t('audits.open')}
          </Badge>
        </Group>
        {!answered ? (
          <PacketExport
            state={packetExport.state}
            label={t('audits.exportResponse')}
            onExport={() => void packetExport.start(request)}
            onExportAnyway={() => void packetExport.start({ ...request, exportAnyway: true })}
            onCancel={packetExport.cancel}
          />
        ) : null}
        <Group gap="sm">
          <Button
            variant={answered ? 'default' : 'light'}
            leftSection={<IconCircleCheck size={16} aria-hidden />}
            onClick={toggleAnswered}
            loading={setAnswered.isPending}
          >
            {answered ? t('audits.markOpen') : t('audits.markAnswered')}
          </Button>
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={onEdit}>
            {t('audits.edit')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setConfirmingDelete(true)}
          >
            {t('audits.delete')}
          </Button>
        </Group>
      </Stack>
      <ConfirmDelete
        opened={confirmingDelete}
        onClose={() => setConfirmingDelete(false)}
        title={t('audits.deleteTitle')}
        confirmLabel={t('audits.deleteConfirm')}
        onConfirm={() => remove.mutateAsync(audit.id)}
      >
        <Text size="sm">{t('audits.deleteText', { reference: audit.reference })}</Text>
      </ConfirmDelete>
    </Paper>
  );
}
