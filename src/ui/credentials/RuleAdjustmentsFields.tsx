import { Button, Group, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Controller, type Control, useFieldArray, type UseFormSetValue } from 'react-hook-form';
import type { RulePack } from '../../domain/rule-pack';
import { formatMoney } from '../components/format';
import { useFieldMessage } from './field-message';
import { adjustmentsFrom, type CredentialFormValues, type ValidCredentialForm } from './credential-form';
import { useFigures } from '../components/useFigures';

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
  const { t } = useTranslation();
  const figures = useFigures();
  const fieldMessage = useFieldMessage();
  const feeInPack = (fee: RulePack['fees'][number] | undefined) =>
    !fee
      ? t('credentials.adjust.feeNotInPack')
      : fee.unverified
        ? t('credentials.adjust.feeInPackUnverified', { amount: formatMoney(fee.amount) })
        : t('credentials.adjust.feeInPack', { amount: formatMoney(fee.amount) });
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('credentials.adjust.intro', { credential: pack.credential })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Controller
          control={control}
          name="adjust.totalRequired"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('credentials.adjust.total', { pointName: figures.pointWord(pack.pointName, 2) })}
              description={t('credentials.adjust.packValue', { value: pack.totalRequired })}
              min={0}
              max={1000}
              decimalScale={2}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldMessage(fieldState.error?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="adjust.cycleMonths"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('credentials.adjust.cycleMonths')}
              description={t('credentials.adjust.packValue', { value: pack.cycle.months })}
              min={1}
              max={120}
              allowDecimal={false}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldMessage(fieldState.error?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="adjust.graceDays"
          render={({ field, fieldState }) => (
            <NumberInput
              label={t('credentials.adjust.graceDays')}
              description={
                pack.graceMonths !== null
                  ? t('credentials.adjust.graceMonths', { months: pack.graceMonths })
                  : t('credentials.adjust.packValue', { value: pack.graceDays })
              }
              min={0}
              max={3650}
              allowDecimal={false}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldMessage(fieldState.error?.message)}
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
                    fee.every === 'year'
                      ? t('credentials.adjust.everyYear')
                      : t('credentials.adjust.atRenewal'),
                    feeInPack(pack.fees[index]),
                  ].join(' · ')}
                  prefix="$"
                  min={0}
                  decimalScale={2}
                  thousandSeparator=","
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={fieldMessage(fieldState.error?.message)}
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
          {t('credentials.adjust.usePack')}
        </Button>
      </Group>
    </Stack>
  );
}
