import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../api/client';
import { showMovedToTrash } from '../trash/movedToTrash';
import { useDeleteActivity } from './activity-queries';

type Props = {
  /** The activity to delete; the modal is open while this is set. */
  activity: { id: number; title: string; certificateCount: number } | null;
  onClose(): void;
  onDeleted?(): void;
};

/** Asks before moving an activity to the trash; the toast that follows offers Undo. */
export function DeleteActivityModal({ activity, onClose, onDeleted }: Props) {
  const remove = useDeleteActivity();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={activity !== null} onClose={close} title={t('activityForm.trashTitle')} centered>
      {activity ? (
        <Stack gap="md">
          <Text>{t('activityForm.trashText', { title: `“${activity.title}”` })}</Text>
          <Text size="sm" c="dimmed">
            {activity.certificateCount > 0
              ? t('activityForm.trashCertificates', { count: activity.certificateCount })
              : t('activityForm.trashNoCertificates')}
          </Text>
          {remove.isError ? (
            <Alert color="red" variant="light" title={t('activityForm.notDeleted')}>
              {messageOf(remove.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(activity.id, {
                  onSuccess: () => {
                    remove.reset();
                    onClose();
                    onDeleted?.();
                    showMovedToTrash(
                      t,
                      queryClient,
                      { kind: 'activity', id: activity.id },
                      `“${activity.title}”`,
                    );
                  },
                })
              }
            >
              {t('activityForm.moveToTrash')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
