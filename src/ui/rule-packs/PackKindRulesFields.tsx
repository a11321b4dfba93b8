import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { activityKindLabels, activityKinds } from '../../domain/portfolio';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextField } from './fields';

const kindOptions = activityKinds.map((kind) => ({ value: kind, label: activityKindLabels[kind] }));

/** Limits or fixed values for one kind of activity (CPR cards: 4 clinical points, at most 3). */
export function PackKindRulesFields() {
  const { control } = useFormContext<RulePackFormValues>();
  const rules = useFieldArray({ control, name: 'kindRules' });
  const categories = useWatch({ control, name: 'categories' });
  const categoryOptions = categories
    .filter((c) => c.key.trim())
    .map((c) => ({ value: c.key.trim(), label: c.label.trim() || c.key.trim() }));

  return (
    <Fieldset legend="Rules by kind of activity">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Optional: caps per kind of activity, a fixed value (e.g. a CPR card is worth 4 points), or kinds
          that never count.
        </Text>
        {rules.fields.map((rule, index) => (
          <Paper key={rule.id} withBorder p="sm" radius="md">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap="xs" style={{ flex: 1 }}>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <Controller
                    control={control}
                    name={`kindRules.${index}.kind`}
                    render={({ field, fieldState }) => (
                      <Select
                        label={`Kind of activity (rule ${index + 1})`}
                        data={kindOptions}
                        allowDeselect={false}
                        searchable
                        value={field.value}
                        onChange={(value) => value && field.onChange(value)}
                        ref={field.ref}
                        error={fieldState.error?.message}
                      />
                    )}
                  />
                  <PackNumberField
                    name={`kindRules.${index}.maxCount`}
                    label="At most this many"
                    placeholder="No limit"
                    min={1}
                    allowDecimal={false}
                  />
                  <PackNumberField
                    name={`kindRules.${index}.maxPoints`}
                    label="At most this much credit"
                    placeholder="No limit"
                    min={0}
                    decimalScale={2}
                  />
                  <PackNumberField
                    name={`kindRules.${index}.pointsEach`}
                    label="Fixed value of each"
                    placeholder="As entered"
                    min={0}
                    decimalScale={2}
                  />
                  <Controller
                    control={control}
                    name={`kindRules.${index}.category`}
                    render={({ field, fieldState }) => (
                      <Select
                        label="Goes to category"
                        placeholder={categoryOptions.length ? 'As entered' : 'No categories'}
                        data={categoryOptions}
                        clearable
                        disabled={categoryOptions.length === 0}
                        value={field.value}
                        onChange={field.onChange}
                        ref={field.ref}
                        error={fieldState.error?.message}
                      />
                    )}
                  />
                  <Controller
                    control={control}
                    name={`kindRules.${index}.excluded`}
                    render={({ field }) => (
                      <Switch
                        mt={30}
                        label="Never counts"
                        checked={field.value}
                        onChange={(event) => field.onChange(event.currentTarget.checked)}
                        ref={field.ref}
                      />
                    )}
                  />
                </SimpleGrid>
                <PackTextField
                  name={`kindRules.${index}.reason`}
                  label="Why (shown when it does not count)"
                  size="xs"
                />
              </Stack>
              <Tooltip label="Remove this rule">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  mt={26}
                  onClick={() => rules.remove(index)}
                  aria-label={`Remove rule ${index + 1}`}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() =>
              rules.append(
                {
                  kind: 'other',
                  pointsEach: '',
                  category: null,
                  maxCount: '',
                  maxPoints: '',
                  excluded: false,
                  reason: '',
                },
                { shouldFocus: false },
              )
            }
          >
            Add a rule
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
