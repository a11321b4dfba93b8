import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { CertificateDropzone } from '../certificates/CertificateDropzone';
import { navigate } from '../shell/route';
import { useAddDrafts } from './draft-queries';

/**
 * Drop (or choose) one or many certificate files: each is stored and becomes a draft,
 * read in the background, for the person to check in the review queue. Nothing is saved
 * as an activity here.
 */
export function AddFromCertificates({ openQueue = true }: { openQueue?: boolean }) {
  const { t } = useTranslation();
  const addDrafts = useAddDrafts();
  return (
    <CertificateDropzone
      label={t('drafts.add.label')}
      hint={t('drafts.add.hint')}
      onFinished={async (certificates) => {
        const drafts = await addDrafts.mutateAsync(certificates.map((c) => c.sha256));
        notifications.show({ color: 'teal', message: t('drafts.add.added', { count: drafts.length }) });
        if (openQueue) navigate({ page: 'drafts' });
      }}
    />
  );
}
