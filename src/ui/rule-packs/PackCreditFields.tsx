import { Checkbox, Fieldset, SimpleGrid, Stack, Switch, Table, TagsInput, Text } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { knownApprovingBodies } from '../../domain/portfolio';
import { units } from '../../domain/units';
import { useVocabulary } from '../components/useVocabulary';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextField, useFieldError } from './fields';

/** Which units count and what one of each is worth, and the approved-provider rule. */
export function PackCreditFields() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const { control } = useFormContext<RulePackFormValues>();
  const providersOn = useWatch({ control, name: 'approvedProvidersOn' });
  const unitPoints = useWatch({ control, name: 'unitPoints' });
  const unitsError = useFieldError('unitPoints.root');

  return (
    <Stack gap="lg">
      <Fieldset legend={t('rulePacks.credit.unitsLegend')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('rulePacks.credit.unitsHelp')}
        </Text>
        <Table aria-label={t('rulePacks.credit.unitsLegend')} verticalSpacing={6} highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rulePacks.credit.unit')}</Table.Th>
              <Table.Th w={200}>{t('rulePacks.credit.worth')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((unit) => (
              <Table.Tr key={unit}>
                <Table.Td>
                  <Controller
                    control={control}
                    name={`unitPoints.${unit}.accepted`}
                    render={({ field }) => (
                      <Checkbox
                        label={vocabulary.unit(unit, 2)}
                        description={vocabulary.unitNote(unit)}
                        checked={field.value}
                        onChange={(event) => field.onChange(event.currentTarget.checked)}
                        ref={field.ref}
                      />
                    )}
                  />
                </Table.Td>
                <Table.Td>
                  <PackNumberField
                    name={`unitPoints.${unit}.points`}
                    aria-label={t('rulePacks.credit.pointsPer', { unit: vocabulary.unit(unit, 1) })}
                    disabled={!unitPoints[unit]?.accepted}
                    min={0}
                    decimalScale={3}
                    size="xs"
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {unitsError && (
          <Text size="sm" c="var(--ceu-danger-text)" mt="xs" role="alert">
            {unitsError}
          </Text>
        )}
      </Fieldset>

      <Fieldset legend={t('rulePacks.credit.providersLegend')}>
        <Stack gap="sm">
          <Controller
            control={control}
            name="approvedProvidersOn"
            render={({ field }) => (
              <Switch
                label={t('rulePacks.credit.providersSwitch')}
                description={t('rulePacks.credit.providersHelp')}
                checked={field.value}
                onChange={(event) => field.onChange(event.currentTarget.checked)}
                ref={field.ref}
              />
            )}
          />
          {providersOn && (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Controller
                control={control}
                name="approvedProviders.bodies"
                render={({ field, fieldState }) => (
                  <TagsInput
                    label={t('rulePacks.credit.bodies')}
                    description={t('rulePacks.credit.bodiesHelp')}
                    data={[...knownApprovingBodies]}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <PackNumberField
                name="approvedProviders.minPoints"
                label={t('rulePacks.credit.minimum')}
                min={0}
                decimalScale={2}
              />
              <PackTextField
                name="approvedProviders.label"
                label={t('rulePacks.credit.called')}
                placeholder={t('rulePacks.credit.calledExample')}
              />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
