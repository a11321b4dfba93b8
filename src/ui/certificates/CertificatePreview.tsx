import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Center, Image, Modal, Paper, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { Certificate } from '../../domain/portfolio';
import { certificateUrl } from './certificate-url';
import { canShowInline, isPdf } from './certificate-format';
import { PdfPages } from './PdfPages';

type Props = { certificate: Pick<Certificate, 'sha256' | 'fileName' | 'mediaType'>; width: number };

/**
 * A small picture of a stored certificate (the image itself, or a PDF's first page)
 * that opens at reading size when clicked, so the holder can check it is the right file.
 */
export function CertificatePreview({ certificate, width }: Props) {
  const { t } = useTranslation();
  const label = t('certificates.preview', { file: certificate.fileName });
  if (canShowInline(certificate.mediaType))
    return <ImagePreview certificate={certificate} width={width} label={label} />;
  if (isPdf(certificate.mediaType))
    return <PdfCertificatePreview sha256={certificate.sha256} width={width} label={label} />;
  return (
    <Paper withBorder w={width} h={Math.round(width * 0.75)} bg="var(--ceu-surface)" radius="sm">
      <Center h="100%">
        <Stack gap={4} align="center" px="xs">
          <IconPhoto aria-hidden size={28} color="var(--mantine-color-gray-6)" />
          <Text size="xs" c="dimmed" ta="center">
            {t('certificates.noPhotoPreview')}
          </Text>
        </Stack>
      </Center>
    </Paper>
  );
}

function ImagePreview({ certificate, width, label }: Props & { label: string }) {
  const [opened, setOpened] = useState(false);
  const { t } = useTranslation();
  const src = certificateUrl(certificate.sha256);
  return (
    <>
      <UnstyledButton
        onClick={() => setOpened(true)}
        aria-label={t('certificates.openLarger', { label })}
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <Image
          src={src}
          alt={label}
          w={width}
          h={Math.round(width * 0.75)}
          fit="contain"
          radius="sm"
          bg="var(--ceu-surface)"
        />
      </UnstyledButton>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={certificate.fileName}
        size="auto"
        centered
      >
        <Image src={src} alt={label} maw="min(900px, 85vw)" mah="75vh" fit="contain" />
      </Modal>
    </>
  );
}

function PdfCertificatePreview({ sha256, width, label }: { sha256: string; width: number; label: string }) {
  const { t } = useTranslation();
  const bytes = useQuery({
    queryKey: ['certificate-bytes', sha256],
    queryFn: async () => {
      const response = await fetch(certificateUrl(sha256));
      if (!response.ok) throw new Error('not found');
      return new Uint8Array(await response.arrayBuffer());
    },
    // A certificate's bytes never change: it is stored by their hash.
    staleTime: Infinity,
    gcTime: 60_000,
    retry: false,
  });
  if (bytes.isPending)
    return (
      <Skeleton
        width={width}
        height={Math.round(width * 1.3)}
        aria-label={t('certificates.loading', { label })}
      />
    );
  if (bytes.isError) {
    return (
      <Text size="xs" c="dimmed" w={width}>
        {t('certificates.previewFailed')}
      </Text>
    );
  }
  return <PdfPages bytes={bytes.data} maxPages={1} width={width} label={label} enlargeable />;
}
