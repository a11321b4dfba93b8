import { ActionIcon, Button, CopyButton, Group, Popover, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconCheck, IconCopy, IconFolder, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { call, keys } from '../api/client';

/** Tells the user where their portfolio lives on this computer (it is nowhere else). */
export function DataFolderIndicator() {
  const { t } = useTranslation();
  const info = useQuery({
    queryKey: keys.appInfo,
    queryFn: () => call('getAppInfo', undefined),
    staleTime: Infinity,
  });
  const folder = info.data?.dataDir ?? '';
  const shortName = folder.split(/[\\/]/).filter(Boolean).pop() ?? '';

  return (
    <Popover width={380} position="bottom-end" shadow="md">
      <Popover.Target>
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          leftSection={<IconFolder size={16} aria-hidden />}
          aria-label={t('shell.dataFolder')}
          maw={240}
          disabled={!info.data}
        >
          <Text span size="sm" truncate="end">
            {info.isError ? t('shell.dataFolderUnknown') : shortName || t('shell.dataFolder')}
          </Text>
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Group gap={6}>
            <IconLock size={16} aria-hidden />
            <Text size="sm" fw={600}>
              {t('shell.storedHere')}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('shell.storedHereText')}
          </Text>
          <Group gap={4} wrap="nowrap" align="flex-start">
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="data-folder-path">
              {folder}
            </Text>
            <CopyButton value={folder}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? t('shell.copied') : t('shell.copyFolderPath')}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    size="sm"
                    onClick={copy}
                    aria-label={t('shell.copyFolderPath')}
                  >
                    {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          {info.data && (
            <Text size="xs" c="dimmed">
              {t('shell.version', { version: info.data.version })}
            </Text>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
