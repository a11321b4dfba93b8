import { useState } from 'react';
import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, keys, messageOf } from '../api/client';
import { trashKey } from '../trash/trash-queries';

type Props = {
  selected: number[];
  credentialNames: Map<number, string>;
  onDone(): void;
};

/**
 * What can be done to the ticked activities at once: move them to the trash (restorable
 * for 30 days) or count them toward one more credential.
 */
export function BulkActions({ selected, credentialNames, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [credentialId, setCredentialId] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (action: { kind: 'trash' } | { kind: 'countToward'; credentialId: number }) =>
      call('changeActivities', { activityIds: selected, action }),
    onSuccess: async (_result, action) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.activities }),
        queryClient.invalidateQueries({ queryKey: ['evaluation'] }),
        queryClient.invalidateQueries({ queryKey: trashKey }),
      ]);
      notifications.show({
        color: 'teal',
        title:
          action.kind === 'trash'
            ? t('activityList.trashed', { count: selected.length })
            : t('activityList.counted', {
                count: selected.length,
                credential: credentialNames.get(action.credentialId) ?? '',
              }),
        message: action.kind === 'trash' ? t('activityList.trashedHelp') : '',
      });
      onDone();
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: t('activityList.bulkFailed'), message: messageOf(error) }),
  });
  return (
    <Paper withBorder p="sm" radius="md" role="region" aria-label={t('activityList.bulkLabel')}>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Text size="sm" fw={600} mb={6} role="status">
          {t('activityList.selected', { count: selected.length })}
        </Text>
        <Select
          label={t('activityList.countToward')}
          placeholder={t('activityList.chooseCredential')}
          data={[...credentialNames].map(([id, name]) => ({ value: String(id), label: name }))}
          value={credentialId}
          onChange={setCredentialId}
          w={200}
        />
        <Button
          variant="default"
          disabled={credentialId === null}
          loading={change.isPending}
          onClick={() =>
            credentialId && change.mutate({ kind: 'countToward', credentialId: Number(credentialId) })
          }
        >
          {t('activityList.apply')}
        </Button>
        <Button
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          loading={change.isPending}
          onClick={() => change.mutate({ kind: 'trash' })}
        >
          {t('activityList.moveToTrash', { count: selected.length })}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('activityList.clearSelection')}
        </Button>
      </Group>
    </Paper>
  );
}
