import { Fieldset, Select, SimpleGrid, Stack } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { DateField } from '../components/DateField';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextArea, PackTextField } from './fields';

/** Which credential the pack is for, and its cycle and total. */
export function PackBasicsFields() {
  const { control } = useFormContext<RulePackFormValues>();
  return (
    <Stack gap="lg">
      <Fieldset legend="The credential">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PackTextField name="credential" label="Abbreviation" placeholder="e.g. CMA" withAsterisk />
          <PackTextField
            name="name"
            label="Credential's full name"
            placeholder="e.g. Certified Medical Assistant"
            withAsterisk
          />
          <PackTextField name="body" label="Certifying body" placeholder="e.g. AAMA" withAsterisk />
          <PackTextField name="bodyName" label="Certifying body's full name" />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend="The cycle and the total">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PackNumberField
            name="cycle.months"
            label="Cycle length in months"
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
                label="The cycle is counted from"
                data={[
                  { value: 'certification_date', label: 'The date of certification' },
                  { value: 'end_of_month', label: 'The end of the month of certification' },
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
            label="Total required"
            min={0}
            decimalScale={2}
            withAsterisk
          />
          <PackTextField
            name="pointName"
            label="What the credit is called"
            description="e.g. points, CE credits, clock hours"
          />
          <PackNumberField
            name="graceDays"
            label="Grace period after expiry (days)"
            description="Days renewal by CE is still allowed after expiry."
            min={0}
            allowDecimal={false}
          />
          <PackNumberField
            name="minActivityMinutes"
            label="Shortest activity that counts (minutes)"
            description="Leave empty for no minimum."
            min={1}
            allowDecimal={false}
          />
        </SimpleGrid>
        <PackTextArea
          mt="md"
          name="lapsedNote"
          label="What happens after the grace period"
          description="Shown when the credential has lapsed, e.g. 'Retake the exam.'"
        />
      </Fieldset>
    </Stack>
  );
}

/** Where the rules come from: the user's own source, date checked and notes. */
export function PackSourceFields() {
  const { control } = useFormContext<RulePackFormValues>();
  return (
    <Fieldset legend="Source and notes">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PackTextField
            name="source"
            label="Source"
            description="Where these rules come from: a web page, a letter."
          />
          <Controller
            control={control}
            name="lastChecked"
            render={({ field, fieldState }) => (
              <DateField
                label="Last checked"
                description="When you last confirmed these rules."
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
        <PackTextArea name="confirmNote" label="Reminder shown with the rules" />
        <PackTextArea name="notes" label="Notes" description="One per line, shown with the rules." />
        <PackTextArea
          name="unverified"
          label="Figures not yet confirmed"
          description="One per line: anything you took from a secondary source."
        />
      </Stack>
    </Fieldset>
  );
}
