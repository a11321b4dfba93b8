import { ActionIcon, Button, Checkbox, Fieldset, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextField } from './fields';

/** What renewing costs: fees due at renewal or every year. */
export function PackFeesFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<RulePackFormValues>();
  const fees = useFieldArray({ control, name: 'fees' });
  return (
    <Fieldset legend={t('rulePacks.fees.legend')}>
      <Stack gap="sm">
        {fees.fields.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rulePacks.fees.none')}
          </Text>
        )}
        {fees.fields.map((fee, index) => (
          <Group key={fee.id} align="flex-start" gap="sm" wrap="wrap">
            <PackTextField
              name={`fees.${index}.label`}
              label={t('rulePacks.fees.label', { number: index + 1 })}
              placeholder={t('rulePacks.fees.labelExample')}
              style={{ flex: 2, minWidth: 200 }}
              withAsterisk
            />
            <PackNumberField
              name={`fees.${index}.amount`}
              label={t('rulePacks.fees.amount')}
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
                  label={t('rulePacks.fees.due')}
                  data={[
                    { value: 'renewal', label: t('rulePacks.fees.atRenewal') },
                    { value: 'year', label: t('rulePacks.fees.everyYear') },
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
                  label={t('rulePacks.fees.notConfirmed')}
                  checked={field.value}
                  onChange={(event) => field.onChange(event.currentTarget.checked)}
                  ref={field.ref}
                />
              )}
            />
            <Tooltip label={t('rulePacks.fees.remove')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                mt={26}
                onClick={() => fees.remove(index)}
                aria-label={t('rulePacks.fees.removeLabel', { number: index + 1 })}
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
            {t('rulePacks.fees.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
