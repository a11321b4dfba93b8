import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconClockHour4,
  IconHourglassLow,
  IconPlayerPause,
  IconTrendingUp,
  IconSeeding,
  IconX,
} from '@tabler/icons-react';
import type { CredentialStatus } from '../../domain/evaluation';
import { statusColors, statusLabels } from './status';

const icons: Record<CredentialStatus, typeof IconCircleCheck> = {
  complete: IconCircleCheck,
  on_track: IconTrendingUp,
  just_started: IconSeeding,
  behind: IconAlertTriangle,
  due_soon: IconClockHour4,
  grace: IconHourglassLow,
  lapsed: IconX,
  not_started: IconPlayerPause,
};

/** A credential's status in words and colour (never colour alone), with an icon. */
export function StatusBadge({ status, ...props }: { status: CredentialStatus } & Omit<BadgeProps, 'color'>) {
  const Icon = icons[status];
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={statusColors[status]}
      size="lg"
      radius="sm"
      leftSection={<Icon size={14} aria-hidden />}
      // The status is never cut to "AL…": a narrow table column makes room for the whole word.
      styles={{ label: { overflow: 'visible' } }}
      {...props}
    >
      {t(statusLabels[status])}
    </Badge>
  );
}
