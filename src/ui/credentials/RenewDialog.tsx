import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PastCycle } from '../../domain/cycle-history';
import { call, messageOf } from '../api/client';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { refreshStanding } from '../components/portfolio-queries';
import { renewalRefusal } from './renewal-refusal';

type Props = {
  opened: boolean;
  onClose(): void;
  credentialId: number;
  /** The credential's short name (CMA), and its certifying body. */
  credential: string;
  body: string;
};

/** "I renewed on DATE" (or reactivated by exam): keeps the current cycle and starts the next. */
export function RenewDialog({ opened, onClose, credentialId, credential, body }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [on, setOn] = useState<string | null>(null);
  const [by, setBy] = useState<'ce' | 'exam'>('ce');
  const [missingDate, setMissingDate] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const close = () => {
    setOn(null);
    setBy('ce');
    setMissingDate(false);
    setFailure(null);
    onClose();
  };

  const save = async () => {
    if (!on) {
      setMissingDate(true);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await call('renewCredential', { credentialId, on, by });
      await refreshStanding(queryClient);
      const current = (await call('evaluate', {})).credentials.find((c) => c.credentialId === credentialId);
      close();
      showRenewed(t, queryClient, credentialId, credential, current?.cycle);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('renewals.dialogTitle', { credential })} size="md">
      <Stack gap="md">
        <Text size="sm">{t('renewals.intro', { body })}</Text>
        <DateField
          label={t('renewals.date')}
          description={t('renewals.dateHelp')}
          placeholder={t('renewals.datePlaceholder')}
          withAsterisk
          value={on}
          onChange={(value) => {
            setOn(value);
            setMissingDate(false);
            setFailure(null);
          }}
          error={missingDate ? t('renewals.enterDate') : undefined}
        />
        <Radio.Group
          label={t('renewals.how')}
          value={by}
          onChange={(value) => {
            setBy(value as 'ce' | 'exam');
            setFailure(null);
          }}
        >
          <Stack gap="xs" mt={6}>
            <Radio value="ce" label={t('renewals.byCe')} />
            <Radio value="exam" label={t('renewals.byExam')} />
          </Stack>
        </Radio.Group>
        {failure !== null &&
          (renewalRefusal(t, failure) ? (
            <Alert color="red" variant="light" role="alert">
              {renewalRefusal(t, failure)}
            </Alert>
          ) : (
            <ErrorAlert error={failure} />
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('renewals.cancel')}
          </Button>
          <Button loading={saving} onClick={() => void save()}>
            {t('renewals.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The toast after a renewal: the new cycle's dates, and Undo. */
function showRenewed(
  t: TFunction,
  queryClient: QueryClient,
  credentialId: number,
  credential: string,
  cycle: { start: string; end: string } | undefined,
): void {
  const id = `renewed-${credentialId}-${Date.now()}`;
  notifications.show({
    id,
    color: 'teal',
    title: t('renewals.renewedTitle'),
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">
          {t('renewals.renewedText', {
            credential,
            start: formatDate(cycle?.start),
            end: formatDate(cycle?.end),
          })}
        </Text>
        <Button
          size="xs"
          variant="light"
          style={{ flexShrink: 0 }}
          onClick={() => {
            notifications.hide(id);
            void undoRenewal(t, queryClient, credentialId, credential);
          }}
        >
          {t('renewals.undo')}
        </Button>
      </Group>
    ),
  });
}

/** Undoes the credential's last renewal and says so. */
export async function undoRenewal(
  t: TFunction,
  queryClient: QueryClient,
  credentialId: number,
  credential: string,
): Promise<void> {
  try {
    const restored: PastCycle = await call('undoRenewal', { credentialId });
    await refreshStanding(queryClient);
    notifications.show({
      color: 'teal',
      title: t('renewals.undoneTitle'),
      message: t('renewals.undoneText', { credential, start: formatDate(restored.startedOn) }),
    });
  } catch (error) {
    notifications.show({
      color: 'red',
      title: t('renewals.notUndone'),
      message: renewalRefusal(t, error) ?? messageOf(error),
      autoClose: false,
    });
  }
}
