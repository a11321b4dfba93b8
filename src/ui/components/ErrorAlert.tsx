import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlertCircle } from '@tabler/icons-react';
import { messageOf } from '../api/client';

/**
 * Shows a failure in place, in the words the main process wrote for the user (an
 * ApiFailure's message), with an optional "Try again".
 */
export function ErrorAlert({
  error,
  title,
  onRetry,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t('common.didNotWork')}
      icon={<IconAlertCircle aria-hidden />}
      role="alert"
    >
      {messageOf(error)}
      {onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {t('common.tryAgain')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
