import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconEye } from '@tabler/icons-react';
import { messageOf } from '../api/client';
import { PdfPages } from '../certificates/PdfPages';

export type PreviewResult = { pdf: Uint8Array; pageCount: number; key: string };

type Props = {
  preview: PreviewResult | null;
  previewing: boolean;
  previewError: unknown;
  /** Whether the choices changed since this preview was made. */
  outdated: boolean;
  onPreview(): void;
};

/** The first pages of the packet, built by the main process and drawn here as thumbnails. */
export function PacketPreview({ preview, previewing, previewError, outdated, onPreview }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Group>
        <Button
          variant={preview ? 'default' : 'light'}
          leftSection={<IconEye size={18} aria-hidden />}
          loading={previewing}
          onClick={onPreview}
        >
          {preview ? t('packet.previewAgain') : t('packet.preview')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('packet.previewHelp')}
        </Text>
      </Group>
      {previewError ? (
        <Alert color="red" variant="light" title={t('packet.previewFailed')} role="alert">
          {messageOf(previewError)}
        </Alert>
      ) : null}
      {preview && outdated ? (
        <Alert color="yellow" variant="light" role="status">
          {t('packet.previewOutdated')}
        </Alert>
      ) : null}
      {preview ? (
        <Stack gap="xs" aria-label={t('packet.previewLabel')}>
          <Text size="sm" c="dimmed">
            {t('packet.previewPages', { count: preview.pageCount })}
          </Text>
          <PdfPages
            bytes={preview.pdf}
            maxPages={8}
            width={170}
            label={t('packet.previewLabel')}
            enlargeable
          />
        </Stack>
      ) : null}
    </Stack>
  );
}
