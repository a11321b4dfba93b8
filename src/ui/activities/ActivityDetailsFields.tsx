import { Autocomplete, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  activityKindLabels,
  activityKinds,
  deliveryLabels,
  knownApprovingBodies,
} from '../../domain/portfolio';
import type { ActivityFormControl, ActivityFormValues } from './activity-form';
import { parseTypedDate } from '../components/typed-date';

type Props = {
  control: ActivityFormControl;
  register: UseFormRegister<ActivityFormValues>;
  errors: FieldErrors<ActivityFormValues>;
};

const kindOptions = activityKinds.map((kind) => ({ value: kind, label: activityKindLabels[kind] }));
const deliveryOptions = Object.entries(deliveryLabels).map(([value, label]) => ({ value, label }));

/** What the certificate says about the course: the facts an auditor checks. */
export function ActivityDetailsFields({ control, register, errors }: Props) {
  const { t } = useTranslation();
  const kind = useWatch({ control, name: 'kind' });
  return (
    <Stack gap="md">
      <TextInput label="Course title" withAsterisk {...register('title')} error={errors.title?.message} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label="Provider"
          description="Who ran the course, as printed on the certificate"
          withAsterisk
          {...register('provider')}
          error={errors.provider?.message}
        />
        <TextInput
          label="Provider address"
          description="Street, city and state, if the certificate gives it"
          {...register('providerAddress')}
          error={errors.providerAddress?.message}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Controller
          control={control}
          name="approvingBody"
          render={({ field }) => (
            <Autocomplete
              label="Approving body"
              description="Who approved the credit (choose or type)"
              data={[...knownApprovingBodies]}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.approvingBody?.message}
            />
          )}
        />
        <TextInput
          label="Approval number"
          description="The provider's approval or accreditation number"
          {...register('approvalNumber')}
          error={errors.approvalNumber?.message}
        />
        <TextInput
          label="Certificate number"
          description="As printed on the certificate"
          {...register('certificateNumber')}
          error={errors.certificateNumber?.message}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Select
              label="Kind of activity"
              withAsterisk
              data={kindOptions}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              allowDeselect={false}
              error={errors.kind?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="delivery"
          render={({ field }) => (
            <Select
              label="Delivery"
              withAsterisk
              data={deliveryOptions}
              value={field.value}
              onChange={(value) => value && field.onChange(value)}
              onBlur={field.onBlur}
              ref={field.ref}
              allowDeselect={false}
              error={errors.delivery?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="completedOn"
          render={({ field }) => (
            <DateInput
              label="Completed on"
              withAsterisk
              placeholder="e.g. 3/15/2026 or 2026-03-15"
              valueFormat="MMM D, YYYY"
              dateParser={parseTypedDate}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              clearable
              error={errors.completedOn?.message}
            />
          )}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Controller
          control={control}
          name="durationMinutes"
          render={({ field }) => (
            <NumberInput
              label="Length in minutes"
              description="If the certificate states it"
              min={1}
              allowDecimal={false}
              allowNegative={false}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.durationMinutes?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="cost"
          render={({ field }) => (
            <NumberInput
              label="Cost"
              description="What you paid, in US dollars"
              prefix="$"
              min={0}
              decimalScale={2}
              allowNegative={false}
              thousandSeparator=","
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.cost?.message}
            />
          )}
        />
        {kind === 'cpr_card' ? (
          <Controller
            control={control}
            name="validMonths"
            render={({ field }) => (
              <NumberInput
                label={t('kindRules.validMonths')}
                description={t('kindRules.validMonthsHelp')}
                min={1}
                max={240}
                allowDecimal={false}
                allowNegative={false}
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={errors.validMonths ? t('kindRules.validMonthsInvalid') : undefined}
              />
            )}
          />
        ) : null}
      </SimpleGrid>
      <Textarea
        label="Description"
        description="A short description of the course; non-AAMA credit needs one when you apply"
        autosize
        minRows={2}
        maxRows={8}
        {...register('description')}
        error={errors.description?.message}
      />
    </Stack>
  );
}
