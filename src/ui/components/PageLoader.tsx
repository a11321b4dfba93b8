import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The placeholder a page shows while its data loads, shaped roughly like a page. */
export function PageLoader({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={label ?? t('common.loading')}>
      <Skeleton height={32} width="40%" radius="sm" />
      <Skeleton height={16} width="60%" radius="sm" />
      <Skeleton height={160} radius="md" />
      <Skeleton height={160} radius="md" />
    </Stack>
  );
}
