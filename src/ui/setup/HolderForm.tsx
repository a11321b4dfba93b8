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
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { type Holder, holderSchema, knownApprovingBodies } from '../../domain/portfolio';
import { call, keys } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { showFieldProblems } from '../components/field-problems';
import { zodResolver } from '../components/zod-resolver';

type HolderFormValues = {
  fullName: string;
  email: string;
  phone: string;
  address: string;
  memberNumbers: { body: string; number: string }[];
};

const emptyHolder: HolderFormValues = { fullName: '', email: '', phone: '', address: '', memberNumbers: [] };

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
  const form = useForm<HolderFormValues, unknown, Holder>({
    defaultValues: holder ?? emptyHolder,
    resolver: zodResolver(holderSchema),
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
    <form onSubmit={handleSubmit((values) => save.mutate(values))} noValidate aria-label="Your details">
      <Stack gap="md">
        <TextInput
          label="Your name as printed on certificates"
          description="Reviewers check that this matches the name on every certificate."
          placeholder="e.g. Jordan A. Rivera"
          withAsterisk
          autoComplete="name"
          data-autofocus
          {...register('fullName')}
          error={formState.errors.fullName?.message}
        />
        <Divider label="Optional: printed on your packet's cover page" labelPosition="left" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            {...register('email')}
            error={formState.errors.email?.message}
          />
          <TextInput
            label="Phone"
            type="tel"
            autoComplete="tel"
            {...register('phone')}
            error={formState.errors.phone?.message}
          />
        </SimpleGrid>
        <Textarea
          label="Mailing address"
          autosize
          minRows={2}
          maxRows={4}
          autoComplete="street-address"
          {...register('address')}
          error={formState.errors.address?.message}
        />
        <Input.Wrapper
          label="Member numbers"
          labelElement="div"
          description="Your AAMA, AMT or other membership numbers, if you have them."
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
                    label={`Organization ${index + 1}`}
                    data={[...knownApprovingBodies]}
                    placeholder="e.g. AAMA"
                    style={{ flex: 1 }}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <TextInput
                label={`Member number ${index + 1}`}
                style={{ flex: 1 }}
                {...register(`memberNumbers.${index}.number`)}
                error={formState.errors.memberNumbers?.[index]?.number?.message}
              />
              <Tooltip label="Remove this member number">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={26}
                  size="lg"
                  onClick={() => members.remove(index)}
                  aria-label={`Remove member number ${index + 1}`}
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
              Add a member number
            </Button>
          </Group>
        </Input.Wrapper>
        {save.isError && <ErrorAlert error={save.error} title="Your details were not saved" />}
        <Group justify="flex-end" gap="sm">
          {extraActions}
          {onCancel && (
            <Button variant="default" onClick={onCancel} disabled={save.isPending}>
              Cancel
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
