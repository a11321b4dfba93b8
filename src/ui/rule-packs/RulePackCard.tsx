import { Badge, Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconDots, IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import type { RulePack } from '../../domain/rule-pack';
import { formatDate, formatRulesDate } from '../components/format';
import { credentialShortLabel } from '../components/portfolio-queries';
import { requirementSummary } from '../credentials/RulePackSelect';

/** One rule pack in the list, with what can be done with it. */
export function RulePackCard({
  pack,
  usedBy,
  onView,
  onCopy,
  onEdit,
  onDelete,
}: {
  pack: RulePack;
  usedBy: number;
  onView: () => void;
  onCopy: () => void;
  onEdit?: () => void;
  onDelete?: () => void;
}) {
  const short = credentialShortLabel(pack);
  return (
    <Card component="article" aria-label={short}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} fz="md">
              {short}
            </Title>
            <Text size="sm" c="dimmed">
              {pack.name}
            </Text>
          </div>
          {usedBy > 0 && (
            <Badge variant="light" color="green" radius="sm" style={{ flexShrink: 0 }}>
              In use
            </Badge>
          )}
        </Group>
        <Text size="sm" fw={500}>
          {requirementSummary(pack)}
        </Text>
        <Text size="xs" c="dimmed">
          Rules as of {formatRulesDate(pack.version)} · last checked{' '}
          {pack.lastChecked ? formatDate(pack.lastChecked) : 'not recorded'}
          {pack.unverified.length > 0 &&
            ` · ${pack.unverified.length} unverified ${pack.unverified.length === 1 ? 'figure' : 'figures'}`}
        </Text>
        <Group gap="xs" mt="auto" pt="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconEye size={14} aria-hidden />}
            onClick={onView}
            aria-label={`View rules for ${short}`}
          >
            View rules
          </Button>
          {onEdit ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={`Edit ${short}`}
            >
              Edit
            </Button>
          ) : (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCopy size={14} aria-hidden />}
              onClick={onCopy}
              aria-label={`Copy ${short} as a custom pack`}
            >
              Copy as custom
            </Button>
          )}
          {onDelete && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button
                  size="xs"
                  variant="subtle"
                  color="gray"
                  px={6}
                  aria-label={`More actions for ${short}`}
                >
                  <IconDots size={16} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconCopy size={14} aria-hidden />} onClick={onCopy}>
                  Copy as a new pack
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
                  Delete rule pack
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
