import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "You have unsaved changes": the one question asked before typed work is dropped. */
export function LeaveWithoutSavingModal({
  opened,
  onStay,
  onLeave,
}: {
  opened: boolean;
  onStay(): void;
  onLeave(): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('activityForm.leaveTitle')} centered>
      <Stack gap="md">
        <Text size="sm">{t('activityForm.leaveText')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            {t('activityForm.keepEditing')}
          </Button>
          <Button color="red" onClick={onLeave}>
            {t('activityForm.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
