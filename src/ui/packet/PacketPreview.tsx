import { Alert, Button, Group, Stack, Text } from '@mantine/core';
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
  return (
    <Stack gap="md">
      <Group>
        <Button
          variant={preview ? 'default' : 'light'}
          leftSection={<IconEye size={18} aria-hidden />}
          loading={previewing}
          onClick={onPreview}
        >
          {preview ? 'Preview again' : 'Preview'}
        </Button>
        <Text size="sm" c="dimmed">
          Shows the cover, the activity log and the first certificates as they will print.
        </Text>
      </Group>
      {previewError ? (
        <Alert color="red" variant="light" title="The preview could not be made" role="alert">
          {messageOf(previewError)}
        </Alert>
      ) : null}
      {preview && outdated ? (
        <Alert color="yellow" variant="light" role="status">
          You changed what the packet includes since this preview. Preview again to see the change.
        </Alert>
      ) : null}
      {preview ? (
        <Stack gap="xs" aria-label="Packet preview">
          <Text size="sm" c="dimmed">
            The first {preview.pageCount === 1 ? 'page' : `${preview.pageCount} pages`} of the packet{' '}
            (certificates that cannot be read show as placeholder pages here):
          </Text>
          <PdfPages bytes={preview.pdf} maxPages={8} width={170} label="Packet preview" enlargeable />
        </Stack>
      ) : null}
    </Stack>
  );
}
