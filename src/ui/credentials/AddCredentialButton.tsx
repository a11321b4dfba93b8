import { Button, type ButtonProps, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageLoader } from '../components/PageLoader';
import { useRulePacks } from '../components/portfolio-queries';
import { navigate } from '../shell/route';
import { CredentialForm } from './CredentialForm';

/** "Add credential" and its dialog; after saving, shows the new credential's page. */
export function AddCredentialButton({
  label = 'Add credential',
  ...props
}: { label?: string } & ButtonProps) {
  const [opened, dialog] = useDisclosure(false);
  const packs = useRulePacks();
  return (
    <>
      <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialog.open} {...props}>
        {label}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title="Add a credential" size="lg">
        {packs.isPending && <PageLoader label="Loading rule packs" />}
        {packs.isError && <ErrorAlert error={packs.error} onRetry={() => packs.refetch()} />}
        {packs.data && (
          <CredentialForm
            packs={packs.data}
            submitLabel="Add credential"
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
