import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { TrashedItem } from '../../domain/trash';
import { call, messageOf } from '../api/client';
import { trashChanged } from './trash-queries';

/**
 * The toast after a delete: what went to the trash, and Undo, which brings it back at
 * once. The trash keeps it for 30 days in any case.
 */
export function showMovedToTrash(
  t: TFunction,
  queryClient: QueryClient,
  item: TrashedItem,
  what: string,
  onUndone?: () => void,
): void {
  const id = `trash-${item.kind}-${item.id}-${Date.now()}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await call('restoreFromTrash', item);
      await trashChanged(queryClient);
      notifications.show({
        color: 'teal',
        title: t('trash.restored'),
        message: t('trash.isBack', { name: what }),
      });
      onUndone?.();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('trash.notRestored'),
        message: messageOf(error),
        autoClose: false,
      });
    }
  };
  notifications.show({
    id,
    color: 'gray',
    title: t('trash.movedTitle'),
    autoClose: 10_000,
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{t('trash.movedText', { name: what })}</Text>
        <Button size="xs" variant="light" style={{ flexShrink: 0 }} onClick={() => void undo()}>
          {t('trash.undo')}
        </Button>
      </Group>
    ),
  });
}
