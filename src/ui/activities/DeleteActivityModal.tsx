import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { messageOf } from '../api/client';
import { useDeleteActivity } from './activity-queries';

type Props = {
  /** The activity to delete; the modal is open while this is set. */
  activity: { id: number; title: string; certificateCount: number } | null;
  onClose(): void;
  onDeleted?(): void;
};

/** Asks before deleting an activity, and says plainly that its certificate files are kept. */
export function DeleteActivityModal({ activity, onClose, onDeleted }: Props) {
  const remove = useDeleteActivity();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={activity !== null} onClose={close} title="Delete this activity?" centered>
      {activity ? (
        <Stack gap="md">
          <Text>
            <Text span fw={600}>
              {activity.title}
            </Text>{' '}
            and its credit will be removed from your portfolio and from every credential it counts toward.
          </Text>
          <Text size="sm" c="dimmed">
            {activity.certificateCount > 0
              ? `Its ${activity.certificateCount === 1 ? 'certificate file is' : `${activity.certificateCount} certificate files are`} kept in your data folder. You can attach them to another activity, or remove unused files later with “Clean up unused certificate files”.`
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
                  },
                })
              }
            >
              Delete activity
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
