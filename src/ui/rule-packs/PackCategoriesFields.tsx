import { ActionIcon, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextField } from './fields';

/** The pack's content areas, each with a minimum and an optional maximum. */
export function PackCategoriesFields() {
  const { control } = useFormContext<RulePackFormValues>();
  const categories = useFieldArray({ control, name: 'categories' });
  return (
    <Fieldset legend="Categories">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Content areas credit is split into, e.g. administrative, clinical and general. Leave empty if the
          credential has none; then every category counts.
        </Text>
        {categories.fields.map((category, index) => (
          <Paper key={category.id} withBorder p="sm" radius="md">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 4 }} style={{ flex: 1 }}>
                <PackTextField
                  name={`categories.${index}.label`}
                  label={`Category ${index + 1}`}
                  placeholder="e.g. Clinical"
                  withAsterisk
                />
                <PackTextField
                  name={`categories.${index}.key`}
                  label="Key"
                  placeholder="e.g. clinical"
                  withAsterisk
                />
                <PackNumberField name={`categories.${index}.min`} label="Minimum" min={0} decimalScale={2} />
                <PackNumberField
                  name={`categories.${index}.max`}
                  label="Maximum"
                  placeholder="No limit"
                  min={0}
                  decimalScale={2}
                />
              </SimpleGrid>
              <Tooltip label="Remove this category">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  mt={26}
                  onClick={() => categories.remove(index)}
                  aria-label={`Remove category ${index + 1}`}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
            <PackTextField
              mt="xs"
              name={`categories.${index}.description`}
              label="What belongs here"
              size="xs"
              style={{ marginRight: 44 }}
            />
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => categories.append({ key: '', label: '', min: 0, max: '', description: '' })}
          >
            Add a category
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
