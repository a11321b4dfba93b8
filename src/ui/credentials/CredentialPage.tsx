import { Alert, Button, Menu, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconAlertTriangle,
  IconDots,
  IconFileExport,
  IconPencil,
  IconRefresh,
  IconTrash,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatDate } from '../components/format';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import {
  credentialLabel,
  credentialShortLabel,
  refreshStanding,
  useCredentials,
  useEvaluation,
  useRulePacks,
} from '../components/portfolio-queries';
import { StatusBadge } from '../components/StatusBadge';
import { hrefOf, navigate } from '../shell/route';
import { CategoriesTable } from './CategoriesTable';
import { CountedActivities, NotCountedActivities } from './CountedActivities';
import { CredentialForm } from './CredentialForm';
import { showMovedToTrash } from '../trash/movedToTrash';
import { DeadlinesTable } from './DeadlinesTable';
import { PastCycles } from './PastCycles';
import { RenewDialog } from './RenewDialog';
import { RulesAndFees } from './RulesAndFees';
import { StandingSummary } from './StandingSummary';

/** One credential in full: where it stands, why, what counts and what does not. */
export function CredentialPage({ id }: { id: number }) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const credentials = useCredentials();
  const packs = useRulePacks();
  const evaluation = useEvaluation();
  const [editing, editor] = useDisclosure(false);
  const [deleting, deleteDialog] = useDisclosure(false);
  const [renewing, renewDialog] = useDisclosure(false);

  const back = { label: 'All credentials', href: hrefOf({ page: 'credentials' }) };
  const failed = credentials.error ?? packs.error ?? evaluation.error;
  if (failed) {
    return (
      <>
        <PageHeader title="Credential" back={back} />
        <ErrorAlert
          error={failed}
          title="This credential could not be shown"
          onRetry={() => void Promise.all([credentials.refetch(), packs.refetch(), evaluation.refetch()])}
        />
      </>
    );
  }
  if (!credentials.data || !packs.data || !evaluation.data)
    return <PageLoader label="Loading the credential" />;

  const credential = credentials.data.find((c) => c.id === id);
  if (!credential) {
    return (
      <>
        <PageHeader title="Credential" back={back} />
        <EmptyState
          title="This credential is not in your portfolio"
          description="It may have been deleted. Go back to your credentials to choose another."
          action={
            <Button component="a" href={back.href}>
              All credentials
            </Button>
          }
        />
      </>
    );
  }
  const pack = packs.data.find((p) => p.id === credential.rulePackId);
  const standing = evaluation.data.credentials.find((c) => c.credentialId === id);
  const title = standing ? credentialLabel(standing) : pack ? credentialLabel(pack) : credential.rulePackId;
  const short = standing
    ? credentialShortLabel(standing)
    : pack
      ? credentialShortLabel(pack)
      : 'this credential';

  const remove = async () => {
    await call('deleteCredential', { id });
    navigate({ page: 'credentials' });
    await refreshStanding(queryClient);
    showMovedToTrash(
      t,
      queryClient,
      { kind: 'credential', id },
      t('trash.yourCredential', { credential: short }),
      () => navigate({ page: 'credential', id }),
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader
        back={back}
        title={title}
        badge={standing && <StatusBadge status={standing.status} />}
        description={[
          credential.credentialNumber
            ? `No. ${credential.credentialNumber}`
            : 'No credential number recorded',
          `certified ${formatDate(credential.certifiedOn)}`,
          credential.expiresOn ? `card expiry ${formatDate(credential.expiresOn)}` : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <>
            <Button
              component="a"
              href={hrefOf({ page: 'packet', credentialId: id })}
              leftSection={<IconFileExport size={16} aria-hidden />}
            >
              Export packet
            </Button>
            <Button
              variant="default"
              leftSection={<IconRefresh size={16} aria-hidden />}
              onClick={renewDialog.open}
            >
              {t('renewals.record')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={editor.open}
            >
              Edit
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" px="xs" aria-label="More actions">
                  <IconDots size={18} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={deleteDialog.open}
                >
                  Delete credential
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />

      {Object.keys(credential.overrides).length > 0 && (
        <Text size="sm" c="dimmed">
          Some of the {pack?.credential ?? ''} rule pack's figures are adjusted for this credential. Edit the
          credential to see or undo them.
        </Text>
      )}

      {standing ? (
        <>
          <StandingSummary evaluation={standing} />
          <CategoriesTable evaluation={standing} />
          <DeadlinesTable evaluation={standing} />
          <CountedActivities evaluation={standing} />
          <NotCountedActivities evaluation={standing} />
          <PastCycles credentialId={id} credential={short} />
          <RulesAndFees evaluation={standing} />
        </>
      ) : (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="No standing to show"
        >
          {pack
            ? 'The rules for this credential could not be applied. Check the adjusted figures with Edit, or use the rule pack as it is.'
            : `The rule pack "${credential.rulePackId}" this credential uses is no longer available. Edit the credential and choose another.`}
        </Alert>
      )}

      <Modal opened={editing} onClose={editor.close} title={`Edit ${short}`} size="lg">
        <CredentialForm
          credential={credential}
          packs={packs.data}
          withAdjustments
          submitLabel="Save changes"
          onCancel={editor.close}
          onSaved={editor.close}
        />
      </Modal>

      <RenewDialog
        opened={renewing}
        onClose={renewDialog.close}
        credentialId={id}
        credential={short}
        body={standing?.body ?? pack?.body ?? ''}
      />

      <ConfirmDelete
        opened={deleting}
        onClose={deleteDialog.close}
        title={`Move ${short} to the trash?`}
        confirmLabel="Move to trash"
        onConfirm={remove}
      >
        The credential and your rule adjustments for it go to the trash, where you can restore them for 30
        days. Your activities and certificates are kept; they just stop being counted toward {short}.
      </ConfirmDelete>
    </Stack>
  );
}
