import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../domain/drafts';
import type { MessageKey } from '../../domain/i18n/translator';
import { CertificatePreview } from '../certificates/CertificatePreview';

/**
 * The certificate beside the draft's form: each file's page (click to enlarge), the name
 * read from it, and why it could not be read when it could not.
 */
export function CertificatePanel({ draft, width }: { draft: Draft; width: number }) {
  const { t } = useTranslation();
  const name = draft.read?.holderName ?? null;
  const nothingRead =
    draft.status === 'ready' &&
    draft.read !== null &&
    Object.values(draft.read).every((field) => field === null);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('drafts.readPanel.title')}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('drafts.readPanel.title')}
        </Title>
        {draft.certificates.map((certificate) => (
          <CertificatePreview key={certificate.sha256} certificate={certificate} width={width} />
        ))}
        {name ? (
          <Text size="sm">
            <Text span fw={600} size="sm">
              {t('drafts.readPanel.name')}:
            </Text>{' '}
            {name.value}
          </Text>
        ) : null}
        {draft.nameMismatch ? (
          <Alert variant="light" color="yellow" p="xs" icon={<IconAlertTriangle size={16} aria-hidden />}>
            <Text size="sm">
              {t('drafts.nameWarning', { read: draft.nameMismatch.read, holder: draft.nameMismatch.holder })}
            </Text>
          </Alert>
        ) : null}
        {draft.status === 'failed' && draft.failure ? (
          <Alert variant="light" color="red" p="xs">
            <Text size="sm">{t(draft.failure.key as MessageKey, draft.failure.values)}</Text>
          </Alert>
        ) : null}
        {nothingRead ? <Text size="sm">{t('drafts.readPanel.nothing')}</Text> : null}
        {draft.status === 'reading' ? (
          <Text size="sm" role="status">
            {t('drafts.form.stillReading')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
