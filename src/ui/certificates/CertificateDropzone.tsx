import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileCertificate, IconUpload, IconX } from '@tabler/icons-react';
import type { Certificate } from '../../domain/portfolio';
import { call, messageOf } from '../api/client';

type Rejection = { fileName: string; message: string };

type Props = {
  /** Called once for each file the app accepted and stored. */
  onAttached?(certificate: Certificate): void;
  /** Called once a drop or a choice has been handled, with every file the app stored. */
  onFinished?(certificates: Certificate[]): void | Promise<void>;
  /** The drop zone's name and hint; attaching to an activity's form when not given. */
  label?: string;
  hint?: string;
};

/**
 * Attaches certificate files by drag and drop or the file picker. Every file goes to
 * the app, which decides from its bytes (not its name) whether it is a certificate it
 * can keep; a file it refuses is listed here with the app's own explanation.
 */
export function CertificateDropzone({ onAttached, onFinished, label, hint }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const [working, setWorking] = useState<string | null>(null);
  const [rejections, setRejections] = useState<Rejection[]>([]);
  const openPicker = useRef<() => void>(null);

  async function attach(files: File[]) {
    const refused: Rejection[] = [];
    const stored: Certificate[] = [];
    for (const file of files) {
      setWorking(file.name);
      try {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const certificate = await call('addCertificate', { fileName: file.name, bytes });
        stored.push(certificate);
        onAttached?.(certificate);
      } catch (error) {
        refused.push({ fileName: file.name, message: messageOf(error) });
      }
    }
    if (onFinished && stored.length > 0) {
      try {
        await onFinished(stored);
      } catch (error) {
        refused.push({ fileName: stored.map((c) => c.fileName).join(', '), message: messageOf(error) });
      }
    }
    setWorking(null);
    setRejections(refused);
  }

  return (
    <Stack gap="xs">
      <Dropzone
        onDrop={(files) => void attach(files)}
        openRef={openPicker}
        loading={working !== null}
        role="button"
        aria-label={label ?? t('certificates.attach')}
        aria-describedby={hintId}
        inputProps={{ style: { display: 'none' } }}
        radius="md"
        p="lg"
      >
        <Group justify="center" gap="lg" wrap="nowrap" style={{ pointerEvents: 'none' }}>
          <Dropzone.Accept>
            <IconUpload size={36} color="var(--mantine-color-teal-6)" aria-hidden />
          </Dropzone.Accept>
          <Dropzone.Reject>
            <IconX size={36} color="var(--mantine-color-red-6)" aria-hidden />
          </Dropzone.Reject>
          <Dropzone.Idle>
            <IconFileCertificate size={36} color="var(--mantine-color-gray-6)" aria-hidden />
          </Dropzone.Idle>
          <div>
            <Text fw={500}>{label ?? t('certificates.drop')}</Text>
            <Text size="sm" c="dimmed" id={hintId}>
              {hint ?? t('certificates.dropHint')}
            </Text>
          </div>
        </Group>
      </Dropzone>
      <Group justify="space-between">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconUpload size={14} aria-hidden />}
          onClick={() => openPicker.current?.()}
          disabled={working !== null}
        >
          {t('certificates.choose')}
        </Button>
      </Group>
      {working ? (
        <Text size="sm" c="dimmed" role="status">
          {t('certificates.attaching', { file: working })}
        </Text>
      ) : null}
      {rejections.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          title={t('certificates.notAttached', { count: rejections.length })}
          withCloseButton
          closeButtonLabel={t('certificates.dismiss')}
          onClose={() => setRejections([])}
        >
          <List size="sm" spacing={4}>
            {rejections.map((rejection, i) => (
              <List.Item key={`${rejection.fileName}-${i}`}>
                {/* The app's message usually names the file already; name it here only when it does not. */}
                {rejection.message.includes(rejection.fileName) ? null : (
                  <Text span fw={600} size="sm">
                    {rejection.fileName}:{' '}
                  </Text>
                )}
                {rejection.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
