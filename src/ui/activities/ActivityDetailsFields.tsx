import { Autocomplete, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { knownApprovingBodies } from '../../domain/portfolio';
import { useActivityChoices } from './useActivityChoices';
import type { ActivityFormControl, ActivityFormValues } from './activity-form';
import { parseTypedDate } from '../components/typed-date';
import type { ReadMarks } from '../drafts/draft-form';
import { withReadMark } from '../drafts/ReadMark';

type Props = {
  control: ActivityFormControl;
  register: UseFormRegister<ActivityFormValues>;
  errors: FieldErrors<ActivityFormValues>;
  /** For a draft: the words on the certificate each filled field was read from. */
  marks?: ReadMarks;
};

/** What the certificate says about the course: the facts an auditor checks. */
export function ActivityDetailsFields({ control, register, errors, marks = {} }: Props) {
  const { t } = useTranslation();
  const kind = useWatch({ control, name: 'kind' });
  const { kinds: kindOptions, deliveries: deliveryOptions } = useActivityChoices();
  return (
    <Stack gap="md">
      <TextInput
        label={t('activityForm.courseTitle')}
        description={withReadMark(null, marks.title)}
        withAsterisk
        {...register('title')}
        error={errors.title?.message}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('activityForm.provider')}
          description={withReadMark(t('activityForm.providerHelp'), marks.provider)}
          withAsterisk
          {...register('provider')}
          error={errors.provider?.message}
        />
        <TextInput
          label={t('activityForm.providerAddress')}
          description={t('activityForm.providerAddressHelp')}
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
              label={t('activityForm.approvingBody')}
              description={withReadMark(t('activityForm.approvingBodyHelp'), marks.approvingBody)}
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
          label={t('activityForm.approvalNumber')}
          description={withReadMark(t('activityForm.approvalNumberHelp'), marks.approvalNumber)}
          {...register('approvalNumber')}
          error={errors.approvalNumber?.message}
        />
        <TextInput
          label={t('activityForm.certificateNumber')}
          description={withReadMark(t('activityForm.certificateNumberHelp'), marks.certificateNumber)}
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
              label={t('activityForm.kind')}
              description={withReadMark(null, marks.kind)}
              withAsterisk
              data={kindOptions}
              value={field.value || null}
              placeholder={t('activityForm.choose')}
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
              label={t('activityForm.delivery')}
              withAsterisk
              data={deliveryOptions}
              value={field.value || null}
              placeholder={t('activityForm.choose')}
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
              label={t('activityForm.completedOn')}
              description={withReadMark(null, marks.completedOn)}
              withAsterisk
              placeholder={t('activityForm.completedOnHint')}
              valueFormat={t('dateField.format')}
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
              label={t('activityForm.minutes')}
              description={withReadMark(t('activityForm.minutesHelp'), marks.durationMinutes)}
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
              label={t('activityForm.cost')}
              description={t('activityForm.costHelp')}
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
        label={t('activityForm.description')}
        description={t('activityForm.descriptionHelp')}
        autosize
        minRows={2}
        maxRows={8}
        {...register('description')}
        error={errors.description?.message}
      />
    </Stack>
  );
}
