import { ActionIcon, Button, Fieldset, Group, Paper, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextField } from './fields';

/** The pack's content areas, each with a minimum and an optional maximum. */
export function PackCategoriesFields() {
  const { t } = useTranslation();
  const { control } = useFormContext<RulePackFormValues>();
  const categories = useFieldArray({ control, name: 'categories' });
  return (
    <Fieldset legend={t('rulePacks.categories.legend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('rulePacks.categories.help')}
        </Text>
        {categories.fields.map((category, index) => (
          <Paper key={category.id} withBorder p="sm" radius="md">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 4 }} style={{ flex: 1 }}>
                <PackTextField
                  name={`categories.${index}.label`}
                  label={t('rulePacks.categories.label', { number: index + 1 })}
                  placeholder={t('rulePacks.categories.labelExample')}
                  withAsterisk
                />
                <PackTextField
                  name={`categories.${index}.key`}
                  label={t('rulePacks.categories.key')}
                  placeholder={t('rulePacks.categories.keyExample')}
                  withAsterisk
                />
                <PackNumberField
                  name={`categories.${index}.min`}
                  label={t('rulePacks.categories.minimum')}
                  min={0}
                  decimalScale={2}
                />
                <PackNumberField
                  name={`categories.${index}.max`}
                  label={t('rulePacks.categories.maximum')}
                  placeholder={t('rulePacks.categories.noLimit')}
                  min={0}
                  decimalScale={2}
                />
              </SimpleGrid>
              <Tooltip label={t('rulePacks.categories.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  mt={26}
                  onClick={() => categories.remove(index)}
                  aria-label={t('rulePacks.categories.removeLabel', { number: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
            <PackTextField
              mt="xs"
              name={`categories.${index}.description`}
              label={t('rulePacks.categories.what')}
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
            {t('rulePacks.categories.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
