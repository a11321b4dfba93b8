import { shownOnCertificate } from '../../domain/certificate-requirements';
import { Box, Button, Grid, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Draft } from '../../domain/drafts';
import type { Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { ActivityForm } from '../activities/ActivityForm';
import type { ActivityFormValues } from '../activities/activity-form';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { PageLoader } from '../components/PageLoader';
import { useCredentials, useRulePacks } from '../components/portfolio-queries';
import { hrefOf, navigate } from '../shell/route';
import { CertificatePanel } from './CertificatePanel';
import { draftToForm, marksOf } from './draft-form';
import { useDiscardDraft, useDraft } from './draft-queries';
import { draftTitle } from './draft-words';

/** One draft in the activity form, pre-filled from its certificate, beside the certificate itself. */
export function DraftReview({ id }: { id: number }) {
  const { t } = useTranslation();
  const draft = useDraft(id);
  const credentials = useCredentials();
  const rulePacks = useRulePacks();
  const failure = draft.error ?? credentials.error ?? rulePacks.error;

  if (failure) {
    return (
      <>
        <PageHeader
          title={t('drafts.form.title')}
          back={{ label: t('drafts.form.back'), href: hrefOf({ page: 'drafts' }) }}
        />
        <ErrorAlert error={failure} title={t('drafts.form.openFailed')} />
      </>
    );
  }
  if (!draft.data || !credentials.data || !rulePacks.data)
    return <PageLoader label={t('drafts.form.opening')} />;
  if (draft.data.status === 'reading') {
    return (
      <>
        <PageHeader
          title={t('drafts.form.title')}
          back={{ label: t('drafts.form.back'), href: hrefOf({ page: 'drafts' }) }}
        />
        <CertificatePanel draft={draft.data} width={320} />
      </>
    );
  }
  return <DraftForm draft={draft.data} credentials={credentials.data} rulePacks={rulePacks.data} />;
}

function DraftForm({
  draft,
  credentials,
  rulePacks,
}: {
  draft: Draft;
  credentials: Credential[];
  rulePacks: RulePack[];
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 75em)', true, { getInitialValueInEffect: false });
  const [discarding, setDiscarding] = useState(false);
  const discard = useDiscardDraft();
  // Read once when the form opens; later refetches never replace what is being typed.
  const initial = useRef<ActivityFormValues | null>(null);
  if (initial.current === null) {
    const categoryKeys = new Set(rulePacks.flatMap((pack) => pack.categories.map((c) => c.key)));
    initial.current = draftToForm(draft, credentials, categoryKeys);
  }
  const marks = useMemo(() => marksOf(draft.read), [draft.read]);
  const panel = <CertificatePanel draft={draft} width={wide ? 320 : 360} />;
  const form = (
    <ActivityForm
      id={undefined}
      initial={initial.current}
      credentials={credentials}
      rulePacks={rulePacks}
      onDone={() => navigate({ page: 'drafts' })}
      draft={{
        id: draft.id,
        marks,
        nameOnCertificate: draft.read?.holderName?.value ?? null,
        certificateShows: draft.read ? shownOnCertificate(draft.read) : null,
        actions: (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} aria-hidden />}
            onClick={() => setDiscarding(true)}
          >
            {t('drafts.discard')}
          </Button>
        ),
        aside: wide ? undefined : panel,
      }}
    />
  );
  return (
    <>
      {wide ? (
        <Grid gap="lg">
          <Grid.Col span={8}>{form}</Grid.Col>
          <Grid.Col span={4}>
            <Box style={{ position: 'sticky', top: 16 }}>{panel}</Box>
          </Grid.Col>
        </Grid>
      ) : (
        <Stack>{form}</Stack>
      )}
      <ConfirmDelete
        opened={discarding}
        onClose={() => setDiscarding(false)}
        title={t('drafts.discardTitle')}
        confirmLabel={t('drafts.discard')}
        onConfirm={async () => {
          await discard.mutateAsync(draft.id);
          notifications.show({ color: 'gray', message: t('drafts.discarded') });
          navigate({ page: 'drafts' });
        }}
      >
        {t('drafts.discardText', { title: draftTitle(draft) })}
      </ConfirmDelete>
    </>
  );
}
