import { Badge, Button, Card, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconDots, IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RulePack } from '../../domain/rule-pack';
import { formatDate, formatRulesDate } from '../components/format';
import { credentialShortLabel } from '../components/portfolio-queries';
import { useFigures } from '../components/useFigures';
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
  const { t } = useTranslation();
  const figures = useFigures();
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
              {t('rulePacks.card.inUse')}
            </Badge>
          )}
        </Group>
        <Text size="sm" fw={500}>
          {requirementSummary(pack, t, figures.pointWord)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('rulePacks.card.rulesAsOf', { date: formatRulesDate(pack.version) })} ·{' '}
          {pack.lastChecked
            ? t('rulePacks.card.lastChecked', { date: formatDate(pack.lastChecked) })
            : t('rulePacks.card.notRecorded')}
          {pack.unverified.length > 0 &&
            ` · ${t('rulePacks.card.unverified', { count: pack.unverified.length })}`}
        </Text>
        <Group gap="xs" mt="auto" pt="xs">
          <Button
            size="xs"
            variant="light"
            leftSection={<IconEye size={14} aria-hidden />}
            onClick={onView}
            aria-label={t('rulePacks.card.viewLabel', { pack: short })}
          >
            {t('rulePacks.card.view')}
          </Button>
          {onEdit ? (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={onEdit}
              aria-label={t('rulePacks.card.editLabel', { pack: short })}
            >
              {t('rulePacks.card.edit')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCopy size={14} aria-hidden />}
              onClick={onCopy}
              aria-label={t('rulePacks.card.copyLabel', { pack: short })}
            >
              {t('rulePacks.card.copy')}
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
                  aria-label={t('rulePacks.card.more', { pack: short })}
                >
                  <IconDots size={16} aria-hidden />
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconCopy size={14} aria-hidden />} onClick={onCopy}>
                  {t('rulePacks.card.copyNew')}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={14} aria-hidden />} onClick={onDelete}>
                  {t('rulePacks.card.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
