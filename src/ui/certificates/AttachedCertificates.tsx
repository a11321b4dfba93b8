import { ActionIcon, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconTrash } from '@tabler/icons-react';
import type { Certificate } from '../../domain/portfolio';
import { certificateTypeName, formatFileSize } from './certificate-format';
import { CertificatePreview } from './CertificatePreview';

type Props = {
  certificates: Certificate[];
  onRemove(sha256: string): void;
};

const previewWidth = 150;

/** The certificates attached to one activity, each with a small preview and a remove button. */
export function AttachedCertificates({ certificates, onRemove }: Props) {
  const { t } = useTranslation();
  if (certificates.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('certificates.none')}
      </Text>
    );
  }
  return (
    <SimpleGrid
      cols={{ base: 1, xs: 2, md: 3 }}
      spacing="md"
      component="ul"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
      aria-label={t('certificates.attached')}
    >
      {certificates.map((certificate) => (
        <Paper component="li" key={certificate.sha256} withBorder radius="md" p="sm">
          <Stack gap="xs">
            <Group justify="center">
              <CertificatePreview certificate={certificate} width={previewWidth} />
            </Group>
            <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={500} truncate="end" title={certificate.fileName}>
                  {certificate.fileName}
                </Text>
                <Text size="xs" c="dimmed">
                  {certificateTypeName(certificate.mediaType)} · {formatFileSize(certificate.size)}
                </Text>
              </div>
              <Tooltip label={t('certificates.removeHint')} multiline w={240}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('certificates.remove', { file: certificate.fileName })}
                  onClick={() => onRemove(certificate.sha256)}
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
