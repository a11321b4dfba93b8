import { Button, Group, Modal, Stack, Text } from '@mantine/core';

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
  return (
    <Modal opened={opened} onClose={onStay} title="Leave without saving?" centered>
      <Stack gap="md">
        <Text size="sm">
          You have changes to this activity that are not saved. If you leave now they will be lost.
          Certificate files you attached stay in your data folder.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onStay} data-autofocus>
            Keep editing
          </Button>
          <Button color="red" onClick={onLeave}>
            Discard changes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
