import { Fieldset, Select, SimpleGrid, Stack } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextArea, PackTextField } from './fields';

/** Which credential the pack is for, and its cycle and total. */
export function PackBasicsFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<RulePackFormValues>();
  return (
    <Stack gap="lg">
      <Fieldset legend={t('rulePacks.basics.credential')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PackTextField
            name="credential"
            label={t('rulePacks.basics.abbreviation')}
            placeholder={t('rulePacks.basics.abbreviationExample')}
            withAsterisk
          />
          <PackTextField
            name="name"
            label={t('rulePacks.basics.fullName')}
            placeholder={t('rulePacks.basics.fullNameExample')}
            withAsterisk
          />
          <PackTextField
            name="body"
            label={t('rulePacks.basics.body')}
            placeholder={t('rulePacks.basics.bodyExample')}
            withAsterisk
          />
          <PackTextField name="bodyName" label={t('rulePacks.basics.bodyName')} />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('rulePacks.basics.cycle')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PackNumberField
            name="cycle.months"
            label={t('rulePacks.basics.months')}
            min={1}
            max={120}
            allowDecimal={false}
            withAsterisk
          />
          <Controller
            control={control}
            name="cycle.anchor"
            render={({ field }) => (
              <Select
                label={t('rulePacks.basics.anchor')}
                data={[
                  { value: 'certification_date', label: t('rulePacks.basics.fromDate') },
                  { value: 'end_of_month', label: t('rulePacks.basics.fromMonthEnd') },
                ]}
                allowDeselect={false}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'certification_date')}
                ref={field.ref}
              />
            )}
          />
          <PackNumberField
            name="totalRequired"
            label={t('rulePacks.basics.total')}
            min={0}
            decimalScale={2}
            withAsterisk
          />
          <PackTextField
            name="pointName"
            label={t('rulePacks.basics.pointName')}
            description={t('rulePacks.basics.pointNameHelp')}
          />
          <PackNumberField
            name="graceDays"
            label={t('rulePacks.basics.graceDays')}
            description={t('rulePacks.basics.graceDaysHelp')}
            min={0}
            allowDecimal={false}
          />
          <PackNumberField
            name="minActivityMinutes"
            label={t('rulePacks.basics.shortest')}
            description={t('rulePacks.basics.shortestHelp')}
            min={1}
            allowDecimal={false}
          />
        </SimpleGrid>
        <PackTextArea
          mt="md"
          name="lapsedNote"
          label={t('rulePacks.basics.lapsed')}
          description={t('rulePacks.basics.lapsedHelp')}
        />
      </Fieldset>
    </Stack>
  );
}

/** Where the rules come from: the user's own source, date checked and notes. */
export function PackSourceFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<RulePackFormValues>();
  return (
    <Fieldset legend={t('rulePacks.basics.sourceTitle')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PackTextField
            name="source"
            label={t('rulePacks.basics.source')}
            description={t('rulePacks.basics.sourceHelp')}
          />
          <Controller
            control={control}
            name="lastChecked"
            render={({ field, fieldState }) => (
              <DateField
                label={t('rulePacks.basics.lastChecked')}
                description={t('rulePacks.basics.lastCheckedHelp')}
                clearable
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
        </SimpleGrid>
        <PackTextArea name="confirmNote" label={t('rulePacks.basics.confirmNote')} />
        <PackTextArea
          name="notes"
          label={t('rulePacks.basics.notes')}
          description={t('rulePacks.basics.notesHelp')}
        />
        <PackTextArea
          name="unverified"
          label={t('rulePacks.basics.unverified')}
          description={t('rulePacks.basics.unverifiedHelp')}
        />
      </Stack>
    </Fieldset>
  );
}
