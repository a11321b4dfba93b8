import { Alert, Box, Button, Drawer, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { FormProvider, type Resolver, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RulePack, RulePackInput } from '../../domain/rule-pack';
import { call } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { showFieldProblems } from '../components/field-problems';
import { credentialShortLabel, refreshStanding } from '../components/portfolio-queries';
import { issuesToErrors } from '../components/zod-resolver';
import { PackBasicsFields, PackSourceFields } from './PackBasicsFields';
import { PackCategoriesFields } from './PackCategoriesFields';
import { PackCreditFields } from './PackCreditFields';
import { PackFeesFields } from './PackFeesFields';
import { PackKindRulesFields } from './PackKindRulesFields';
import { checkRulePackForm } from './rule-pack-checks';
import { packIdFrom, rulePackFromForm, type RulePackFormValues } from './rule-pack-form';
import { localToday } from '../audits/audit-dates';

export interface RulePackEditorRequest {
  values: RulePackFormValues;
  /** Editing a saved custom pack (its id is fixed), not creating one. */
  existing: boolean;
}

/** Creating or editing a custom rule pack, in a side panel. */
export function RulePackEditor({
  request,
  takenIds,
  onClose,
}: {
  request: RulePackEditorRequest | null;
  /** Ids a new pack may not use (built-in and other custom packs). */
  takenIds: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={request !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={
        <Text fw={650} fz="lg">
          {request?.existing
            ? request.values.credential
              ? t('rulePacks.editor.editTitle', { pack: request.values.credential })
              : t('rulePacks.editor.editTitleAny')
            : t('rulePacks.editor.newTitle')}
        </Text>
      }
      closeButtonProps={{ 'aria-label': t('rulePacks.editor.close') }}
    >
      {request && <EditorForm request={request} takenIds={takenIds} onClose={onClose} />}
    </Drawer>
  );
}

function EditorForm({
  request,
  takenIds,
  onClose,
}: {
  request: RulePackEditorRequest;
  takenIds: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const otherIds = new Set([...takenIds].filter((id) => !(request.existing && id === request.values.id)));
  const resolver: Resolver<RulePackFormValues, unknown, RulePackInput> = (typed) => {
    // The id and version are the app's business, never the person's: a new pack's id is
    // made from its name, and the version is the day its rules were last written.
    const values = {
      ...typed,
      id: request.existing ? typed.id : packIdFrom(typed.body, typed.credential, otherIds),
      version: localToday(),
    };
    const issues = checkRulePackForm(values, otherIds, t);
    return issues.length === 0
      ? { values: rulePackFromForm(values), errors: {} }
      : { values: {}, errors: issuesToErrors<RulePackFormValues>(issues) };
  };
  const form = useForm<RulePackFormValues, unknown, RulePackInput>({
    defaultValues: request.values,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const save = useMutation({
    mutationFn: (pack: RulePackInput) => call('saveCustomRulePack', pack),
    onSuccess: async (saved: RulePack) => {
      await refreshStanding(queryClient);
      notifications.show({
        color: 'green',
        title: request.existing ? t('rulePacks.editor.saved') : t('rulePacks.editor.created'),
        message: t('rulePacks.editor.ready', { pack: credentialShortLabel(saved) }),
      });
      onClose();
    },
    onError: (error) => showFieldProblems(error, form.setError),
  });

  const invalid = form.formState.submitCount > 0 && Object.keys(form.formState.errors).length > 0;

  return (
    <FormProvider {...form}>
      <form
        onSubmit={form.handleSubmit((pack) => save.mutate(pack))}
        noValidate
        aria-label={t('rulePacks.editor.form')}
      >
        <Stack gap="lg">
          <PackBasicsFields />
          <PackCategoriesFields />
          <PackCreditFields />
          <PackKindRulesFields />
          <PackFeesFields />
          <PackSourceFields />
          <Box
            pos="sticky"
            bottom={0}
            py="md"
            bg="var(--mantine-color-body)"
            style={{ borderTop: '1px solid var(--mantine-color-gray-3)', zIndex: 2 }}
          >
            <Stack gap="sm">
              {invalid && (
                <Alert
                  color="red"
                  variant="light"
                  icon={<IconAlertCircle aria-hidden />}
                  role="alert"
                  py="xs"
                >
                  {t('rulePacks.editor.needsFixing')}
                </Alert>
              )}
              {save.isError && <ErrorAlert error={save.error} title={t('rulePacks.editor.notSaved')} />}
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose} disabled={save.isPending}>
                  {t('rulePacks.editor.cancel')}
                </Button>
                <Button type="submit" loading={save.isPending}>
                  {request.existing ? t('rulePacks.editor.save') : t('rulePacks.editor.create')}
                </Button>
              </Group>
            </Stack>
          </Box>
        </Stack>
      </form>
    </FormProvider>
  );
}
