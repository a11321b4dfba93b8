import { ActionIcon, Button, Checkbox, Fieldset, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextField } from './fields';

/** What renewing costs: fees due at renewal or every year. */
export function PackFeesFields() {
  const { control } = useFormContext<RulePackFormValues>();
  const fees = useFieldArray({ control, name: 'fees' });
  return (
    <Fieldset legend="Fees">
      <Stack gap="sm">
        {fees.fields.length === 0 && (
          <Text size="sm" c="dimmed">
            No fees. Add the renewal or yearly fee so the dashboard can remind you.
          </Text>
        )}
        {fees.fields.map((fee, index) => (
          <Group key={fee.id} align="flex-start" gap="sm" wrap="wrap">
            <PackTextField
              name={`fees.${index}.label`}
              label={`Fee ${index + 1}`}
              placeholder="e.g. Renewal fee"
              style={{ flex: 2, minWidth: 200 }}
              withAsterisk
            />
            <PackNumberField
              name={`fees.${index}.amount`}
              label="Amount"
              prefix="$"
              min={0}
              decimalScale={2}
              thousandSeparator=","
              style={{ flex: 1, minWidth: 120 }}
              withAsterisk
            />
            <Controller
              control={control}
              name={`fees.${index}.every`}
              render={({ field }) => (
                <Select
                  label="Due"
                  data={[
                    { value: 'renewal', label: 'At renewal' },
                    { value: 'year', label: 'Every year' },
                  ]}
                  allowDeselect={false}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  ref={field.ref}
                  style={{ flex: 1, minWidth: 140 }}
                />
              )}
            />
            <Controller
              control={control}
              name={`fees.${index}.unverified`}
              render={({ field }) => (
                <Checkbox
                  mt={32}
                  label="Not confirmed"
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  ref={field.ref}
                />
              )}
            />
            <Tooltip label="Remove this fee">
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                mt={26}
                onClick={() => fees.remove(index)}
                aria-label={`Remove fee ${index + 1}`}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => fees.append({ label: '', amount: '', every: 'renewal', unverified: false })}
          >
            Add a fee
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
