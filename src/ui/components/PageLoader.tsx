import { Skeleton, Stack } from '@mantine/core';

/** The placeholder a page shows while its data loads, shaped roughly like a page. */
export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Stack gap="md" aria-busy="true" aria-label={label}>
      <Skeleton height={32} width="40%" radius="sm" />
      <Skeleton height={16} width="60%" radius="sm" />
      <Skeleton height={160} radius="md" />
      <Skeleton height={160} radius="md" />
    </Stack>
  );
}
