import type { CertificateField } from '../../domain/certificate-requirements';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { Resolver } from 'react-hook-form';
import { useForm, useWatch } from 'react-hook-form';
import type { ActivityFields, Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { ApiFailure, messageOf } from '../api/client';
import { PageHeader } from '../components/PageHeader';
import { hrefOf, navigate } from '../shell/route';
import type { ActivityFormValues } from './activity-form';
import { activityToForm, categoryRequired, emptyCredit, validateActivity } from './activity-form';
import { useSaveActivity } from './activity-queries';
import { useCompletePlanned } from '../plan/plan-queries';
import { categoryOptions, credentialNames } from './activity-vocabulary';
import { ActivityDetailsFields } from './ActivityDetailsFields';
import { CertificatesField } from './CertificatesField';
import { CountsTowardField } from './CountsTowardField';
import { CreditRowsField } from './CreditRowsField';
import { KindRulesNote } from './KindRulesNote';
import { ActivityWarnings } from './ActivityWarnings';
import { WillItCount } from './WillItCount';
import { DeleteActivityModal } from './DeleteActivityModal';
import { LeaveWithoutSavingModal } from './LeaveWithoutSavingModal';
import { useLeaveGuard } from './useLeaveGuard';
import { FormSection as Section } from './FormSection';
import type { ReadMarks } from '../drafts/draft-form';
import { useConfirmDraft } from '../drafts/draft-queries';
import { DraftAutosave } from '../drafts/DraftAutosave';
import { ReadMark } from '../drafts/ReadMark';

/** The form as a draft read from a certificate: confirmed rather than saved, kept as it is typed. */
export type DraftMode = {
  id: number;
  /** The words on the certificate each filled field was read from. */
  marks: ReadMarks;
  /** The holder's name read from the certificate, for Will it count? to check. */
  nameOnCertificate: string | null;
  /** What reading found on the certificate, for Will it count? to check against each body's asks. */
  certificateShows: CertificateField[] | null;
  /** The draft's own actions (discard) in the page header. */
  actions?: ReactNode;
  /** The certificate itself, shown above the fields when there is no room beside them. */
  aside?: ReactNode;
};

type Props = {
  id: number | undefined;
  /** The title of the activity this new one copies, when it is a duplicate. */
  copyOf?: string;
  /** The planned activity this one marks done: saving it makes the activity and drops the plan. */
  plannedFrom?: { id: number; title: string };
  initial: ActivityFormValues;
  credentials: Credential[];
  rulePacks: RulePack[];
  onDone(): void;
  draft?: DraftMode;
};

/** The activity form: checked as the main process checks it, and nothing typed is lost when saving fails. */
export function ActivityForm({
  id,
  copyOf,
  plannedFrom,
  initial,
  credentials,
  rulePacks,
  onDone,
  draft,
}: Props) {
  const { t } = useTranslation();
  // A category is required where a credential the activity counts for has categories.
  // validateActivity returns exactly a resolver's result; the cast only names the form's generic types.
  const resolver = useCallback(
    (values: ActivityFormValues) =>
      validateActivity(values, categoryRequired(values.credentialIds, credentials, rulePacks)),
    [credentials, rulePacks],
  ) as unknown as Resolver<ActivityFormValues, unknown, ActivityFields>;
  const form = useForm<ActivityFormValues, unknown, ActivityFields>({
    defaultValues: initial,
    resolver,
    mode: 'onTouched',
  });
  const { control, register, formState, handleSubmit, getValues, setValue, setError, reset } = form;
  const certificates = useWatch({ control, name: 'certificates' });
  const title = useWatch({ control, name: 'title' });

  const saveActivity = useSaveActivity(id);
  const completePlanned = useCompletePlanned(plannedFrom?.id ?? 0);
  const confirmDraft = useConfirmDraft(draft?.id ?? 0);
  const save = draft ? confirmDraft : plannedFrom ? completePlanned : saveActivity;
  const [saveError, setSaveError] = useState<unknown>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  // A draft keeps what is typed as it is typed: leaving loses nothing.
  const guard = useLeaveGuard(!draft && formState.isDirty && !save.isSuccess);

  const categories = useMemo(() => categoryOptions(rulePacks), [rulePacks]);
  const names = useMemo(() => credentialNames(credentials, rulePacks), [credentials, rulePacks]);
  const fullNames = useMemo(() => {
    const packs = new Map(rulePacks.map((pack) => [pack.id, pack]));
    return new Map(credentials.map((c) => [c.id, packs.get(c.rulePackId)?.name ?? '']));
  }, [credentials, rulePacks]);

  const submit = handleSubmit(
    async (fields) => {
      setSaveError(null);
      try {
        const saved = await save.mutateAsync(fields);
        guard.release();
        reset(activityToForm(saved));
        notifications.show({
          color: 'teal',
          title: draft
            ? t('drafts.form.confirmed')
            : plannedFrom
              ? t('planning.done.saved')
              : t('activityForm.saved'),
          message: saved.title,
        });
        onDone();
      } catch (error) {
        showFieldProblems(error, setError);
        setSaveError(error);
        requestAnimationFrame(() =>
          errorRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' }),
        );
      }
    },
    () => setSaveError(null),
  );

  const cancel = () => (formState.isDirty && !draft ? setConfirmingCancel(true) : onDone());
  const hasFieldErrors = Object.keys(formState.errors).length > 0;

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={
        draft
          ? t('drafts.form.title')
          : plannedFrom
            ? t('planning.done.title')
            : id === undefined
              ? t('activityForm.newName')
              : t('activityForm.editName')
      }
    >
      {draft ? <DraftAutosave id={draft.id} control={control} stopped={save.isSuccess} /> : null}
      <PageHeader
        title={
          draft
            ? t('drafts.form.title')
            : plannedFrom
              ? t('planning.done.title')
              : id === undefined
                ? t('activityForm.newName')
                : title.trim() || t('activityForm.untitled')
        }
        description={draft ? `${t('drafts.form.intro')} ${t('drafts.form.saving')}` : t('activityForm.intro')}
        back={
          draft
            ? { label: t('drafts.form.back'), href: hrefOf({ page: 'drafts' }) }
            : plannedFrom
              ? { label: t('planning.title'), href: hrefOf({ page: 'plan' }) }
              : { label: t('activityForm.back'), href: hrefOf({ page: 'activities' }) }
        }
        actions={
          draft ? (
            draft.actions
          ) : id !== undefined ? (
            <>
              <Button
                variant="default"
                leftSection={<IconCopy size={16} aria-hidden />}
                onClick={() => navigate({ page: 'activity', copyOf: id })}
              >
                {t('duplicate.button')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDeleting(true)}
              >
                {t('activityForm.delete')}
              </Button>
            </>
          ) : undefined
        }
      />
      <Stack gap="lg">
        {draft?.aside}
        {copyOf ? (
          <Alert variant="light" color="ocean" role="status">
            {t('duplicate.note', { title: copyOf })}
          </Alert>
        ) : null}
        {plannedFrom ? (
          <Alert variant="light" color="ocean" role="status">
            {t('planning.done.note', { title: plannedFrom.title })}
          </Alert>
        ) : null}
        <Section title={t('activityForm.sectionAbout')}>
          <ActivityDetailsFields
            control={control}
            register={register}
            errors={formState.errors}
            marks={draft?.marks}
          />
        </Section>
        <Section title={t('activityForm.sectionCredit')} description={t('activityForm.sectionCreditHelp')}>
          {draft?.marks.credits ? <ReadMark source={draft.marks.credits} credits /> : null}
          <KindRulesNote control={control} credentials={credentials} rulePacks={rulePacks} names={names} />
          <CreditRowsField
            control={control}
            errors={formState.errors}
            categories={categories}
            newRow={emptyCredit}
          />
        </Section>
        <Section title={t('activityForm.sectionCredentials')}>
          <CountsTowardField
            control={control}
            credentials={credentials}
            names={names}
            fullNames={fullNames}
          />
        </Section>
        <Section
          title={t('activityForm.sectionCertificates')}
          description={t('activityForm.sectionCertificatesHelp')}
        >
          <CertificatesField certificates={certificates} getValues={getValues} setValue={setValue} />
        </Section>
        <Section title={t('activityForm.sectionNotes')}>
          <Textarea
            label={t('activityForm.notes')}
            description={t('activityForm.notesHelp')}
            autosize
            minRows={2}
            maxRows={8}
            {...register('notes')}
            error={formState.errors.notes?.message}
          />
        </Section>

        {credentials.length > 0 ? (
          <Section title={t('willItCount.title')} description={t('willItCount.help')}>
            <WillItCount
              control={control}
              editingId={id}
              nameOnCertificate={draft?.nameOnCertificate ?? null}
              certificateShows={draft?.certificateShows ?? null}
              credentials={credentials}
              rulePacks={rulePacks}
              names={names}
            />
          </Section>
        ) : null}

        <ActivityWarnings control={control} credentials={credentials} names={names} />

        <div ref={errorRef}>
          {saveError ? (
            <Alert color="red" variant="light" title={t('activityForm.notSaved')} role="alert">
              {messageOf(saveError)} {t('activityForm.stillHere')}
            </Alert>
          ) : hasFieldErrors && formState.isSubmitted ? (
            <Alert color="red" variant="light" title={t('activityForm.needsFixing')} role="alert">
              {t('activityForm.needsFixingText')}
            </Alert>
          ) : null}
        </div>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={cancel} disabled={formState.isSubmitting}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            loading={formState.isSubmitting}
          >
            {draft ? t('drafts.form.confirm') : t('activityForm.save')}
          </Button>
        </Group>
      </Stack>

      <LeaveWithoutSavingModal opened={guard.leaving} onStay={guard.stay} onLeave={guard.leave} />
      <LeaveWithoutSavingModal
        opened={confirmingCancel}
        onStay={() => setConfirmingCancel(false)}
        onLeave={() => {
          guard.release();
          setConfirmingCancel(false);
          onDone();
        }}
      />
      {id !== undefined ? (
        <DeleteActivityModal
          activity={
            deleting ? { id, title: initial.title, certificateCount: initial.certificates.length } : null
          }
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            guard.release();
            notifications.show({ color: 'gray', title: t('activityForm.deleted'), message: initial.title });
            onDone();
          }}
        />
      ) : null}
    </form>
  );
}

/** The main process names each field it refused ("activity.credits.0.amount"); show each in place. */
function showFieldProblems(
  error: unknown,
  setError: ReturnType<typeof useForm<ActivityFormValues>>['setError'],
) {
  if (!(error instanceof ApiFailure) || error.code !== 'INVALID_INPUT') return;
  const fields =
    (error.details as { fields?: { path: string; message: string }[] } | undefined)?.fields ?? [];
  for (const field of fields) {
    if (!field.path.startsWith('activity.')) continue;
    const name = field.path.slice('activity.'.length).replace(/^certificateHashes.*/, 'certificates');
    setError(name as Parameters<typeof setError>[0], { type: 'server', message: field.message });
  }
}
