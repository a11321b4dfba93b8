import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { FieldErrors } from 'react-hook-form';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useActivityChoices } from './useActivityChoices';
import type { ActivityFormControl, ActivityFormValues, CreditRow } from './activity-form';
import type { CategoryOption } from './activity-vocabulary';

type Props = {
  control: ActivityFormControl;
  errors: FieldErrors<ActivityFormValues>;
  categories: CategoryOption[];
  newRow(): CreditRow;
};

/**
 * The credit as the certificate states it, one row per category: a course covering
 * clinical and general topics has two rows. Amounts keep their unit; the rule packs
 * decide how each unit counts.
 */
export function CreditRowsField({ control, errors, categories, newRow }: Props) {
  const { fields, append, remove } = useFieldArray({ control, name: 'credits' });
  const listError = errors.credits?.root?.message ?? errors.credits?.message;
  const { t } = useTranslation();
  const choices = useActivityChoices();
  const unitOptions = choices.units;
  const categoryOptions = choices.categories(categories);
  return (
    <Stack gap="sm">
      {fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activityForm.noCreditRows')}
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
            aria-label={t('activityForm.creditRow', { number: n })}
          >
            <Controller
              control={control}
              name={`credits.${index}.amount`}
              render={({ field }) => (
                <NumberInput
                  label={t('activityForm.amount')}
                  aria-label={t('activityForm.amountOf', { number: n })}
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
                  label={t('activityForm.unit')}
                  aria-label={t('activityForm.unitOf', { number: n })}
                  data={unitOptions}
                  value={field.value || null}
                  placeholder={t('activityForm.choose')}
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
                  label={t('activityForm.category')}
                  aria-label={t('activityForm.categoryOf', { number: n })}
                  data={withCurrent(categoryOptions, field.value)}
                  value={field.value || null}
                  placeholder={t('activityForm.choose')}
                  onChange={(value) => value && field.onChange(value)}
                  onBlur={field.onBlur}
                  ref={field.ref}
                  allowDeselect={false}
                  error={rowErrors?.category?.message}
                  w={190}
                />
              )}
            />
            <Tooltip label={t('activityForm.removeCreditHint')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                mt={26}
                aria-label={t('activityForm.removeCredit', { number: n })}
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
          {t('activityForm.addCredit')}
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
