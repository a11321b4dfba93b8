import { Alert, Button, Checkbox, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reminderLeadChoices } from '../../domain/reminders/settings';
import { call, messageOf } from '../api/client';

const reminderSettingsKey = ['reminderSettings'] as const;

/** Notifications for dates ahead: on or off, and how many days before each date. */
export function ReminderSettingsModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const current = useQuery({
    queryKey: reminderSettingsKey,
    queryFn: () => call('getReminderSettings', undefined),
    enabled: opened,
  });
  const [enabled, setEnabled] = useState(true);
  const [leads, setLeads] = useState<string[]>([]);
  useEffect(() => {
    if (current.data && opened) {
      setEnabled(current.data.enabled);
      setLeads(current.data.leadDays.map(String));
    }
  }, [current.data, opened]);
  const save = useMutation({
    mutationFn: () => call('setReminderSettings', { enabled, leadDays: leads.map(Number) }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: reminderSettingsKey });
      notifications.show({ color: 'teal', message: t('reminders.settings.saved') });
      onClose();
    },
  });
  const needOne = enabled && leads.length === 0;
  return (
    <Modal opened={opened} onClose={onClose} title={t('reminders.settings.title')} centered>
      <Stack gap="md">
        <Switch
          checked={enabled}
          onChange={(event) => setEnabled(event.currentTarget.checked)}
          label={t('reminders.settings.enabled')}
          description={t('reminders.settings.enabledHelp')}
        />
        <Checkbox.Group
          label={t('reminders.settings.when')}
          value={leads}
          onChange={setLeads}
          error={needOne ? t('reminders.settings.needOne') : undefined}
        >
          <Group mt="xs" gap="md">
            {reminderLeadChoices.map((days) => (
              <Checkbox
                key={days}
                value={String(days)}
                label={t('reminders.settings.lead', { days })}
                disabled={!enabled}
              />
            ))}
          </Group>
        </Checkbox.Group>
        {save.isError ? (
          <Alert color="red" variant="light" role="alert">
            {messageOf(save.error)}
          </Alert>
        ) : null}
        {current.isError ? (
          <Text size="sm" role="alert">
            {messageOf(current.error)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} disabled={needOne || !current.data}>
            {t('reminders.settings.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
