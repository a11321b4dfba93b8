import { Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { useSetUpdateChecks, useUpdateChecks } from './update-queries';

/** The Portfolio menu's "Update checks…": turn the daily check on or off, with what it sends. */
export function UpdatesModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const checks = useUpdateChecks();
  const choose = useSetUpdateChecks();
  const on = checks.data?.check === true;
  return (
    <Modal opened={opened} onClose={onClose} title={t('updates.settingsTitle')} centered>
      <Stack gap="md">
        <Text size="sm">{t('updates.askText')}</Text>
        <Switch
          label={t('updates.toggle')}
          checked={on}
          disabled={!checks.data || choose.isPending}
          onChange={(event) => choose.mutate(event.currentTarget.checked)}
        />
        <Text size="sm" role="status">
          {on ? t('updates.on') : t('updates.off')} {t('updates.onlyInstalled')}
        </Text>
        {choose.isError ? <ErrorAlert error={choose.error} title={t('updates.saveFailed')} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('updates.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
