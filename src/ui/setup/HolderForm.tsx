import {
  ActionIcon,
  Autocomplete,
  Button,
  Divider,
  Group,
  Input,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Controller, type Resolver, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { plainIssueMessage } from '../../domain/i18n/issue-words';
import { type Holder, holderSchema, knownApprovingBodies } from '../../domain/portfolio';
import { call, keys } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { showFieldProblems } from '../components/field-problems';
import { issuesToErrors } from '../components/zod-resolver';

type HolderFormValues = {
  fullName: string;
  email: string;
  phone: string;
  address: string;
  memberNumbers: { body: string; number: string }[];
};

const emptyHolder: HolderFormValues = { fullName: '', email: '', phone: '', address: '', memberNumbers: [] };

/**
 * A member-number row left completely blank is dropped rather than reported: the person
 * clicked "Add a member number" and then had nothing to add. A half-filled row is checked.
 */
export const holderResolver: Resolver<HolderFormValues, unknown, Holder> = (values) => {
  const kept = values.memberNumbers.flatMap((row, index) =>
    row.body.trim() || row.number.trim() ? [index] : [],
  );
  const result = holderSchema.safeParse(
    { ...values, memberNumbers: kept.map((index) => values.memberNumbers[index]!) },
    { error: plainIssueMessage },
  );
  if (result.success) return { values: result.data, errors: {} };
  // Issues name rows of the kept list: put each back on the row the person sees.
  const issues = result.error.issues.map((issue) =>
    issue.path[0] === 'memberNumbers' && typeof issue.path[1] === 'number'
      ? { ...issue, path: ['memberNumbers', kept[issue.path[1]]!, ...issue.path.slice(2)] }
      : issue,
  );
  return { values: {}, errors: issuesToErrors<HolderFormValues>(issues) };
};

/**
 * The holder's own details. The name must match their certificates: reviewers compare
 * the two, so the label says so. Everything else only goes on the packet's cover.
 */
export function HolderForm({
  holder,
  submitLabel,
  onSaved,
  onCancel,
  extraActions,
}: {
  holder: Holder | null;
  submitLabel: string;
  onSaved: (saved: Holder) => void;
  onCancel?: () => void;
  extraActions?: ReactNode;
}) {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const form = useForm<HolderFormValues, unknown, Holder>({
    defaultValues: holder ?? emptyHolder,
    resolver: holderResolver,
    mode: 'onTouched',
  });
  const { control, register, handleSubmit, setError, formState } = form;

  const members = useFieldArray({ control, name: 'memberNumbers' });

  const save = useMutation({
    mutationFn: (values: Holder) => call('saveHolder', values),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.holder, saved);
      onSaved(saved);
    },
    onError: (error) => showFieldProblems(error, setError),
  });

  return (
    <form
      onSubmit={handleSubmit((values) => save.mutate(values))}
      noValidate
      aria-label={t('holder.formName')}
    >
      <Stack gap="md">
        <TextInput
          label={t('holder.fullName')}
          description={t('holder.fullNameHelp')}
          placeholder={t('holder.fullNameExample')}
          withAsterisk
          autoComplete="name"
          data-autofocus
          {...register('fullName')}
          error={formState.errors.fullName?.message}
        />
        <Divider label={t('holder.optional')} labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('holder.email')}
            type="email"
            autoComplete="email"
            {...register('email')}
            error={formState.errors.email?.message}
          />
          <TextInput
            label={t('holder.phone')}
            type="tel"
            autoComplete="tel"
            {...register('phone')}
            error={formState.errors.phone?.message}
          />
        </SimpleGrid>
        <Textarea
          label={t('holder.address')}
          autosize
          minRows={2}
          maxRows={4}
          autoComplete="street-address"
          {...register('address')}
          error={formState.errors.address?.message}
        />
        <Input.Wrapper
          label={t('holder.memberNumbers')}
          labelElement="div"
          description={t('holder.memberNumbersHelp')}
          inputContainer={(children) => (
            <Stack gap="xs" mt={4}>
              {children}
            </Stack>
          )}
        >
          {members.fields.map((member, index) => (
            <Group key={member.id} align="flex-start" gap="sm" wrap="nowrap">
              <Controller
                control={control}
                name={`memberNumbers.${index}.body`}
                render={({ field, fieldState }) => (
                  <Autocomplete
                    label={t('holder.organization', { number: index + 1 })}
                    data={[...knownApprovingBodies]}
                    placeholder={t('holder.organizationExample')}
                    style={{ flex: 1 }}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <TextInput
                label={t('holder.memberNumber', { number: index + 1 })}
                style={{ flex: 1 }}
                {...register(`memberNumbers.${index}.number`)}
                error={formState.errors.memberNumbers?.[index]?.number?.message}
              />
              <Tooltip label={t('holder.removeHint')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={26}
                  size="lg"
                  onClick={() => members.remove(index)}
                  aria-label={t('holder.remove', { number: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
          <Group>
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => members.append({ body: '', number: '' })}
              disabled={members.fields.length >= 20}
            >
              {t('holder.add')}
            </Button>
          </Group>
        </Input.Wrapper>
        {save.isError && <ErrorAlert error={save.error} title={t('holder.saveFailed')} />}
        <Group justify="flex-end" gap="sm">
          {extraActions}
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={save.isPending}>
              {t('common.cancel')}
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
