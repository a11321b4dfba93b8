import { Accordion, Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controller, useForm } from 'react-hook-form';
import type { Credential } from '../../domain/portfolio';
import type { RulePack } from '../../domain/rule-pack';
import { call } from '../api/client';
import { DateField } from '../components/DateField';
import { ErrorAlert } from '../components/ErrorAlert';
import { showFieldProblems } from '../components/field-problems';
import { credentialShortLabel, refreshStanding } from '../components/portfolio-queries';
import { zodResolver } from '../components/zod-resolver';
import {
  adjustmentsFrom,
  credentialFormSchema,
  credentialFormWithAdjustmentsSchema,
  type CredentialFormValues,
  formValuesFrom,
  toCredentialInput,
  type ValidCredentialForm,
} from './credential-form';
import { RuleAdjustmentsFields } from './RuleAdjustmentsFields';
import { RulePackSelect } from './RulePackSelect';
import { useFieldMessage } from './field-message';
import { useFigures } from '../components/useFigures';

const formFields = [
  'rulePackId',
  'credentialNumber',
  'nameOnRecord',
  'certifiedOn',
  'expiresOn',
  'notes',
] as const;

/**
 * Adding or editing one credential: which one it is, its number, and its dates. When
 * editing, the holder may also adjust the pack's figures for this credential.
 */
export function CredentialForm({
  credential,
  packs,
  withAdjustments = false,
  submitLabel,
  onSaved,
  onCancel,
  extraActions,
}: {
  credential?: Credential;
  packs: readonly RulePack[];
  withAdjustments?: boolean;
  submitLabel: string;
  onSaved: (saved: Credential) => void;
  onCancel?: () => void;
  /** More buttons beside Save (the first-run "Skip for now"). */
  extraActions?: ReactNode;
}) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const figures = useFigures();
  const fieldMessage = useFieldMessage();
  const packOf = (id: string | null) => packs.find((p) => p.id === id);
  const form = useForm<CredentialFormValues, unknown, ValidCredentialForm>({
    defaultValues: formValuesFrom(credential, packOf(credential?.rulePackId ?? null)),
    resolver: zodResolver(withAdjustments ? credentialFormWithAdjustmentsSchema : credentialFormSchema),
    mode: 'onTouched',
  });
  const { control, register, handleSubmit, setValue, setError, watch, formState } = form;
  const selectedPack = packOf(watch('rulePackId'));
  const hasOverrides = Object.keys(credential?.overrides ?? {}).length > 0;
  const [openSection, setOpenSection] = useState<string | null>(hasOverrides ? 'adjust' : null);

  const save = useMutation({
    mutationFn: (values: ValidCredentialForm) =>
      call('saveCredential', {
        id: credential?.id,
        credential: toCredentialInput(values, packOf(values.rulePackId), credential),
      }),
    onSuccess: async (saved) => {
      await refreshStanding(queryClient);
      const pack = packOf(saved.rulePackId);
      notifications.show({
        color: 'green',
        title: credential ? t('credentials.form.saved') : t('credentials.form.added'),
        message: pack
          ? t('credentials.form.savedText', { credential: credentialShortLabel(pack) })
          : t('credentials.form.savedTextNoName'),
      });
      onSaved(saved);
    },
    onError: (error) => {
      showFieldProblems(error, setError, { stripPrefix: 'credential.', knownFields: formFields });
    },
  });

  return (
    <form
      onSubmit={handleSubmit(
        (values) => save.mutate(values),
        (errors) => {
          if (errors.adjust) setOpenSection('adjust');
        },
      )}
      noValidate
      aria-label={t('credentials.form.label')}
    >
      <Stack gap="md">
        <Controller
          control={control}
          name="rulePackId"
          render={({ field, fieldState }) => (
            <RulePackSelect
              packs={packs}
              label={t('credentials.form.credential')}
              placeholder={t('credentials.form.choose')}
              description={
                selectedPack
                  ? t('credentials.form.requirement', {
                      total: selectedPack.totalRequired,
                      pointName: figures.pointWord(selectedPack.pointName, selectedPack.totalRequired),
                      years: selectedPack.cycle.months % 12 === 0 ? selectedPack.cycle.months / 12 : 0,
                      months: selectedPack.cycle.months,
                      body: selectedPack.bodyName || selectedPack.body,
                    })
                  : t('credentials.form.chooseHelp')
              }
              withAsterisk
              value={field.value}
              onChange={(id) => {
                field.onChange(id);
                // A different credential has different figures: start from its pack.
                setValue(
                  'adjust',
                  adjustmentsFrom(packOf(id), id === credential?.rulePackId ? credential.overrides : {}),
                );
              }}
              onBlur={field.onBlur}
              ref={field.ref}
              error={fieldMessage(fieldState.error?.message)}
            />
          )}
        />
        <TextInput
          label={t('credentials.form.number')}
          description={t('credentials.form.numberHelp')}
          autoComplete="off"
          {...register('credentialNumber')}
          error={fieldMessage(formState.errors.credentialNumber?.message)}
        />
        <TextInput
          label={t('credentials.form.nameOnRecord')}
          description={t('credentials.form.nameOnRecordHelp')}
          autoComplete="off"
          {...register('nameOnRecord')}
          error={fieldMessage(formState.errors.nameOnRecord?.message)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="certifiedOn"
            render={({ field, fieldState }) => (
              <DateField
                label={t('credentials.form.certifiedOn')}
                description={t('credentials.form.certifiedOnHelp')}
                placeholder={t('credentials.form.datePlaceholder')}
                withAsterisk
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldMessage(fieldState.error?.message)}
              />
            )}
          />
          <Controller
            control={control}
            name="expiresOn"
            render={({ field, fieldState }) => (
              <DateField
                label={t('credentials.form.expiresOn')}
                description={t('credentials.form.expiresOnHelp')}
                placeholder={t('credentials.form.datePlaceholder')}
                clearable
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldMessage(fieldState.error?.message)}
              />
            )}
          />
        </SimpleGrid>
        {withAdjustments && (
          <Textarea
            label={t('credentials.form.notes')}
            autosize
            minRows={2}
            maxRows={6}
            {...register('notes')}
            error={fieldMessage(formState.errors.notes?.message)}
          />
        )}
        {withAdjustments && selectedPack && (
          <Accordion variant="contained" radius="md" value={openSection} onChange={setOpenSection}>
            <Accordion.Item value="adjust">
              <Accordion.Control icon={<IconAdjustmentsHorizontal size={18} aria-hidden />}>
                <Text size="sm" fw={500}>
                  {t('credentials.form.adjust')}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <RuleAdjustmentsFields control={control} pack={selectedPack} setValue={setValue} />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        )}
        {save.isError && <ErrorAlert error={save.error} title={t('credentials.form.notSaved')} />}
        <Group justify="flex-end" gap="sm">
          {extraActions}
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={save.isPending}>
              {t('credentials.form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
