import { Button, type ButtonProps, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { useRulePacks } from '../components/portfolio-queries';
import { navigate } from '../shell/route';
import { CredentialForm } from './CredentialForm';

/** "Add credential" and its dialog; after saving, shows the new credential's page. */
export function AddCredentialButton({ label, ...props }: { label?: string } & ButtonProps) {
  const [opened, dialog] = useDisclosure(false);
  const { t } = useTranslation();
  const packs = useRulePacks();
  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialog.open} {...props}>
        {label ?? t('credentials.add.button')}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={t('credentials.add.title')} size="lg">
        {packs.isPending && <PageLoader label={t('credentials.add.loadingPacks')} />}
        {packs.isError && <ErrorAlert error={packs.error} onRetry={() => packs.refetch()} />}
        {packs.data && (
          <CredentialForm
            packs={packs.data}
            submitLabel={t('credentials.add.button')}
            onCancel={dialog.close}
            onSaved={(saved) => {
              dialog.close();
              navigate({ page: 'credential', id: saved.id });
            }}
          />
        )}
      </Modal>
    </>
  );
}
