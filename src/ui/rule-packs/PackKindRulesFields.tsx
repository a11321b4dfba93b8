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
import { useTranslation } from 'react-i18next';
import { activityKinds } from '../../domain/portfolio';
import { useVocabulary } from '../components/useVocabulary';
import type { RulePackFormValues } from './rule-pack-form';
import { PackNumberField, PackTextField } from './fields';

/** Limits or fixed values for one kind of activity (CPR cards: 4 clinical points, at most 3). */
export function PackKindRulesFields() {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  const kindOptions = activityKinds.map((kind) => ({ value: kind, label: vocabulary.kind(kind) }));
  const { control } = useFormContext<RulePackFormValues>();
  const rules = useFieldArray({ control, name: 'kindRules' });
  const categories = useWatch({ control, name: 'categories' });
  const categoryOptions = categories
    .filter((c) => c.key.trim())
    .map((c) => ({
      value: c.key.trim(),
      label: vocabulary.category(c.key.trim(), c.label.trim() || undefined),
    }));

  return (
    <Fieldset legend={t('rulePacks.kinds.legend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('rulePacks.kinds.help')}
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
                        label={t('rulePacks.kinds.kind', { number: index + 1 })}
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
                    label={t('rulePacks.kinds.maxCount')}
                    placeholder={t('rulePacks.kinds.noLimit')}
                    min={1}
                    allowDecimal={false}
                  />
                  <PackNumberField
                    name={`kindRules.${index}.maxPoints`}
                    label={t('rulePacks.kinds.maxPoints')}
                    placeholder={t('rulePacks.kinds.noLimit')}
                    min={0}
                    decimalScale={2}
                  />
                  <PackNumberField
                    name={`kindRules.${index}.pointsEach`}
                    label={t('rulePacks.kinds.pointsEach')}
                    placeholder={t('rulePacks.kinds.asEntered')}
                    min={0}
                    decimalScale={2}
                  />
                  <Controller
                    control={control}
                    name={`kindRules.${index}.category`}
                    render={({ field, fieldState }) => (
                      <Select
                        label={t('rulePacks.kinds.category')}
                        placeholder={
                          categoryOptions.length
                            ? t('rulePacks.kinds.asEntered')
                            : t('rulePacks.kinds.noCategories')
                        }
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
                        label={t('rulePacks.kinds.excluded')}
                        checked={field.value}
                        onChange={(event) => field.onChange(event.currentTarget.checked)}
                        ref={field.ref}
                      />
                    )}
                  />
                </SimpleGrid>
                <PackTextField
                  name={`kindRules.${index}.reason`}
                  label={t('rulePacks.kinds.reason')}
                  size="xs"
                />
              </Stack>
              <Tooltip label={t('rulePacks.kinds.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  mt={26}
                  onClick={() => rules.remove(index)}
                  aria-label={t('rulePacks.kinds.removeLabel', { number: index + 1 })}
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
            {t('rulePacks.kinds.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
