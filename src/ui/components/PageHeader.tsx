import { Anchor, Box, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The top of every page: its title (the one h1), a line of context, and its main actions. */
export function PageHeader({
  title,
  description,
  actions,
  back,
  badge,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** A link back to the parent page, e.g. { label: 'All credentials', href: '#/credentials' }. */
  back?: { label: string; href: string };
  badge?: ReactNode;
}) {
  return (
    <Stack gap={6} mb="lg">
      {back && (
        <Anchor href={back.href} size="sm" c="dimmed" w="fit-content">
          <Group gap={4} wrap="nowrap">
            <IconArrowLeft size={14} aria-hidden />
            {back.label}
          </Group>
        </Anchor>
      )}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <Box style={{ minWidth: 0, flex: 1 }}>
          <Group gap="sm" align="center">
            <Title order={1} fz={26} fw={650} lh={1.25}>
              {title}
            </Title>
            {badge}
          </Group>
          {description && (
            <Text c="dimmed" mt={4} size="sm">
              {description}
            </Text>
          )}
        </Box>
        {actions && <Group gap="sm">{actions}</Group>}
      </Group>
    </Stack>
  );
}
