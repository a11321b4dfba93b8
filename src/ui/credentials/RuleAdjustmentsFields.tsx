import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { Controller, type Control, useFieldArray, type UseFormSetValue } from 'react-hook-form';
import type { RulePack } from '../../domain/rule-pack';
import { adjustmentsFrom, type CredentialFormValues, type ValidCredentialForm } from './credential-form';

/**
 * The few rule-pack figures a holder may change for their own credential. Anything
 * changed here applies to this credential only and is stored as an override.
 */
export function RuleAdjustmentsFields({
  control,
  pack,
  setValue,
}: {
  control: Control<CredentialFormValues, unknown, ValidCredentialForm>;
  pack: RulePack;
  setValue: UseFormSetValue<CredentialFormValues>;
}) {
  const fees = useFieldArray({ control, name: 'adjust.fees' });
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Change these only if your certifying body gave you a different figure than the {pack.credential} rule
        pack. Changes apply to this credential only.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Controller
          control={control}
          name="adjust.totalRequired"
          render={({ field, fieldState }) => (
            <NumberInput
              label={`Total ${pack.pointName} required`}
              description={`Rule pack: ${pack.totalRequired}`}
              min={0}
              max={1000}
              decimalScale={2}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="adjust.cycleMonths"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Cycle length in months"
              description={`Rule pack: ${pack.cycle.months}`}
              min={1}
              max={120}
              allowDecimal={false}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="adjust.graceDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label="Grace period in days"
              description={
                pack.graceMonths !== null
                  ? `Rule pack: to the end of the ${pack.graceMonths}${pack.graceMonths === 1 ? 'st' : pack.graceMonths === 2 ? 'nd' : pack.graceMonths === 3 ? 'rd' : 'th'} month after expiry; days entered here replace it`
                  : `Rule pack: ${pack.graceDays}`
              }
              min={0}
              max={3650}
              allowDecimal={false}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
            />
          )}
        />
      </SimpleGrid>
      {fees.fields.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {fees.fields.map((fee, index) => (
            <Controller
              key={fee.id}
              control={control}
              name={`adjust.fees.${index}.amount`}
              render={({ field, fieldState }) => (
                <NumberInput
                  label={fee.label}
                  description={[
                    fee.every === 'year' ? 'Every year' : 'At renewal',
                    pack.fees[index]
                      ? `rule pack: $${pack.fees[index].amount}${pack.fees[index].unverified ? ' (unverified)' : ''}`
                      : 'not in the rule pack',
                  ].join(' · ')}
                  prefix="$"
                  min={0}
                  decimalScale={2}
                  thousandSeparator=","
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldState.error?.message}
                />
              )}
            />
          ))}
        </SimpleGrid>
      )}
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconRestore size={14} aria-hidden />}
          onClick={() => setValue('adjust', adjustmentsFrom(pack), { shouldDirty: true })}
        >
          Use the rule pack's figures
        </Button>
      </Group>
    </Stack>
  );
}
