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
    <Modal opened={activity !== null} onClose={close} title="Move this activity to the trash?" centered>
      {activity ? (
        <Stack gap="md">
          <Text>
            <Text span fw={600}>
              {activity.title}
            </Text>{' '}
            and its credit will stop counting toward every credential. You can restore it from the trash for
            30 days.
          </Text>
          <Text size="sm" c="dimmed">
            {activity.certificateCount > 0
              ? `Its ${activity.certificateCount === 1 ? 'certificate file is' : `${activity.certificateCount} certificate files are`} kept with it.`
              : 'It has no certificates attached.'}
          </Text>
          {remove.isError ? (
            <Alert color="red" variant="light" title="The activity was not deleted">
              {messageOf(remove.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
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
              Move to trash
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
