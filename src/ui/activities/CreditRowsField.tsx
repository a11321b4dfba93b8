import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FieldErrors } from 'react-hook-form';
import { Controller, useFieldArray } from 'react-hook-form';
import { units, unitLabels } from '../../domain/units';
import type { ActivityFormControl, ActivityFormValues, CreditRow } from './activity-form';
import type { CategoryOption } from './activity-vocabulary';

type Props = {
  control: ActivityFormControl;
  errors: FieldErrors<ActivityFormValues>;
  categories: CategoryOption[];
  newRow(): CreditRow;
};

const unitOptions = units.map((unit) => ({
  value: unit,
  label: `${capitalise(unitLabels[unit].many)} (${unitLabels[unit].note})`,
}));

/**
 * The credit as the certificate states it, one row per category: a course covering
 * clinical and general topics has two rows. Amounts keep their unit; the rule packs
 * decide how each unit counts.
 */
export function CreditRowsField({ control, errors, categories, newRow }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'credits' });
  const listError = errors.credits?.root?.message ?? errors.credits?.message;
  return (
    <Stack gap="sm">
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          No credit entered. Add the amount from the certificate so it counts toward your credentials.
        </Text>
      ) : null}
      {fields.map((row, index) => {
        const rowErrors = errors.credits?.[index];
        const n = index + 1;
        return (
          <Group
            key={row.id}
            align="flex-start"
            gap="sm"
            wrap="nowrap"
            role="group"
            aria-label={`Credit ${n}`}
          >
            <Controller
              control={control}
              name={`credits.${index}.amount`}
              render={({ field }) => (
                <NumberInput
                  label="Amount"
                  aria-label={`Credit ${n} amount`}
                  min={0}
                  decimalScale={2}
                  allowNegative={false}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  error={rowErrors?.amount?.message}
                  w={140}
                  withAsterisk
                />
              )}
            />
            <Controller
              control={control}
              name={`credits.${index}.unit`}
              render={({ field }) => (
                <Select
                  label="Unit"
                  aria-label={`Credit ${n} unit`}
                  data={unitOptions}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  allowDeselect={false}
                  error={rowErrors?.unit?.message}
                  style={{ flex: 1, minWidth: 0 }}
                />
              )}
            />
            <Controller
              control={control}
              name={`credits.${index}.category`}
              render={({ field }) => (
                <Select
                  label="Category"
                  aria-label={`Credit ${n} category`}
                  data={withCurrent(categories, field.value)}
                  value={field.value}
                  onChange={(value) => value && field.onChange(value)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  allowDeselect={false}
                  error={rowErrors?.category?.message}
                  w={190}
                />
              )}
            />
            <Tooltip label="Remove this credit">
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                mt={26}
                aria-label={`Remove credit ${n}`}
                onClick={() => remove(index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        );
      })}
      {listError ? (
        <Text size="sm" c="var(--ceu-danger-text)" role="alert">
          {listError}
        </Text>
      ) : null}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => append(newRow())}
          disabled={fields.length >= 20}
        >
          Add credit in another category
        </Button>
      </Group>
    </Stack>
  );
}

/** A category from an older or deleted rule pack still shows by its key rather than vanishing. */
function withCurrent(categories: CategoryOption[], current: string): CategoryOption[] {
  if (!current || categories.some((c) => c.value === current)) return categories;
  return [...categories, { value: current, label: current }];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
