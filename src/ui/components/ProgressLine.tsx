import { Group, Progress, Stack, Text } from '@mantine/core';
import { IconCircleCheckFilled } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { percent } from './format';
import { useFigures } from './useFigures';

/**
 * One requirement as a labelled bar: "Clinical · 8 of 10 · 2 still needed". The words
 * carry the meaning; the bar and colour only repeat it.
 */
export function ProgressLine({
  label,
  counted,
  required,
  stillNeeded,
  pointName,
}: {
  label: string;
  counted: number;
  required: number;
  stillNeeded: number;
  pointName: string;
}) {
  const met = stillNeeded <= 0;
  const { t } = useTranslation();
  const figures = useFigures();
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          {met && <IconCircleCheckFilled size={16} color="var(--ceu-good-icon)" aria-hidden />}
          <Text size="sm" fw={500}>
            {label}
          </Text>
        </Group>
        <Text size="sm" c={met ? 'var(--ceu-good-text)' : 'dimmed'} ta="right">
          {t('figures.ofRequired', { counted, required })}
          {' · '}
          {met ? t('figures.met') : t('figures.stillNeeded', { count: stillNeeded })}
        </Text>
      </Group>
      <Progress
        value={percent(counted, required)}
        color={met ? 'green' : 'ocean'}
        size="md"
        aria-label={t('figures.progressName', {
          label,
          counted,
          required,
          points: figures.pointWord(pointName, required),
        })}
      />
    </Stack>
  );
}
