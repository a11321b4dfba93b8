import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useState, type ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';

/**
 * Asks before deleting anything. The dialog stays open if deleting fails, with the
 * reason in place, so nothing happens behind the user's back.
 */
export function ConfirmDelete({
  opened,
  onClose,
  title,
  children,
  confirmLabel,
  onConfirm,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel?: string;
  /** Does the deleting; the dialog closes when it resolves and shows the error when it rejects. */
  onConfirm: () => Promise<unknown>;
}) {
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);

  const close = () => {
    if (busy) return;
    setError(null);
    onClose();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setBusy(false);
      onClose();
    } catch (failure) {
      setBusy(false);
      setError(failure);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack gap="md">
        <Text size="sm" component="div">
          {children}
        </Text>
        {error !== null && <ErrorAlert error={error} title={t('confirmDelete.failed')} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('confirmDelete.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={busy}>
            {confirmLabel ?? t('confirmDelete.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
