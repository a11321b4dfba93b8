import { PrintButton } from '../components/PrintButton';
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
import { type HeldCredential, sharedFeesOf } from '../../domain/shared-fees';
import { packWithOverrides } from './credential-form';
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

  const back = { label: t('credentials.page.allCredentials'), href: hrefOf({ page: 'credentials' }) };
  const failed = credentials.error ?? packs.error ?? evaluation.error;
  if (failed) {
    return (
      <>
        <PageHeader title={t('pages.credential')} back={back} />
        <ErrorAlert
          error={failed}
          title={t('credentials.page.showFailed')}
          onRetry={() => void Promise.all([credentials.refetch(), packs.refetch(), evaluation.refetch()])}
        />
      </>
    );
  }
  if (!credentials.data || !packs.data || !evaluation.data)
    return <PageLoader label={t('credentials.page.loading')} />;

  const credential = credentials.data.find((c) => c.id === id);
  if (!credential) {
    return (
      <>
        <PageHeader title={t('pages.credential')} back={back} />
        <EmptyState
          title={t('credentials.page.notFoundTitle')}
          description={t('credentials.page.notFoundText')}
          action={
            <Button component="a" href={back.href}>
              {t('credentials.page.allCredentials')}
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
      : t('credentials.page.thisCredential');
  const held: HeldCredential[] = credentials.data.flatMap((c) => {
    const its = packs.data.find((p) => p.id === c.rulePackId);
    return its ? [{ id: c.id, pack: packWithOverrides(its, c.overrides) }] : [];
  });

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
            ? t('credentials.page.number', { number: credential.credentialNumber })
            : t('credentials.page.noNumber'),
          t('credentials.page.certified', { date: formatDate(credential.certifiedOn) }),
          // The card's expiry is the first cycle's: after a renewal the rules give the end.
          credential.expiresOn && (!standing || standing.cycle.from === 'entered_expiry')
            ? t('credentials.page.cardExpiry', { date: formatDate(credential.expiresOn) })
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <>
            <PrintButton />
            <Button
              component="a"
              href={hrefOf({ page: 'packet', credentialId: id })}
              leftSection={<IconFileExport size={16} aria-hidden />}
            >
              {t('nav.packet')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={editor.open}
            >
              {t('credentials.page.edit')}
            </Button>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" px="xs" aria-label={t('credentials.page.moreActions')}>
                  <IconDots size={18} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconRefresh size={16} aria-hidden />} onClick={renewDialog.open}>
                  {t('renewals.record')}
                </Menu.Item>
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={deleteDialog.open}
                >
                  {t('credentials.page.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </>
        }
      />

      {Object.keys(credential.overrides).length > 0 && (
        <Text size="sm" c="dimmed">
          {t('credentials.page.adjusted', { credential: pack?.credential ?? '' })}
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
          <RulesAndFees evaluation={standing} sharedFees={sharedFeesOf(held, id)} />
        </>
      ) : (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={t('credentials.page.noStanding')}
        >
          {pack
            ? t('credentials.page.rulesNotApplied')
            : t('credentials.page.packGone', { pack: credential.rulePackId })}
        </Alert>
      )}

      <Modal
        opened={editing}
        onClose={editor.close}
        title={t('credentials.page.editTitle', { credential: short })}
        size="lg"
      >
        <CredentialForm
          credential={credential}
          packs={packs.data}
          withAdjustments
          submitLabel={t('credentials.page.saveChanges')}
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
        title={t('credentials.page.deleteTitle', { credential: short })}
        confirmLabel={t('credentials.page.moveToTrash')}
        onConfirm={remove}
      >
        {t('credentials.page.deleteText', { credential: short })}
      </ConfirmDelete>
    </Stack>
  );
}
