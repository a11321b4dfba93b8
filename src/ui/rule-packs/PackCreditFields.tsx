import { Checkbox, Fieldset, SimpleGrid, Stack, Switch, Table, TagsInput, Text } from '@mantine/core';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { knownApprovingBodies } from '../../domain/portfolio';
import { unitLabels, units } from '../../domain/units';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextField, useFieldError } from './fields';

/** Which units count and what one of each is worth, and the approved-provider rule. */
export function PackCreditFields() {
  const { control } = useFormContext<RulePackFormValues>();
  const providersOn = useWatch({ control, name: 'approvedProvidersOn' });
  const unitPoints = useWatch({ control, name: 'unitPoints' });
  const unitsError = useFieldError('unitPoints.root');

  return (
    <Stack gap="lg">
      <Fieldset legend="Units accepted">
        <Text size="sm" c="dimmed" mb="sm">
          Tick each unit this credential accepts and what one of it is worth in this pack's credit. Credit in
          a unit that is not ticked does not count; units are never mixed silently.
        </Text>
        <Table aria-label="Units accepted" verticalSpacing={6} highlightOnHover={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Unit</Table.Th>
              <Table.Th w={200}>Worth (per unit)</Table.Th>
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
                        label={unitLabels[unit].many}
                        description={unitLabels[unit].note}
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
                    aria-label={`Points per ${unitLabels[unit].one}`}
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

      <Fieldset legend="Approved providers">
        <Stack gap="sm">
          <Controller
            control={control}
            name="approvedProvidersOn"
            render={({ field }) => (
              <Switch
                label="A minimum must come from approved providers"
                description="For example, the AAMA wants at least 30 of 60 points from AAMA-approved CEUs."
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
                    label="Approving bodies"
                    description="Press Enter after each"
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
                label="Minimum from them"
                min={0}
                decimalScale={2}
              />
              <PackTextField name="approvedProviders.label" label="Called" placeholder="approved providers" />
            </SimpleGrid>
          )}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
