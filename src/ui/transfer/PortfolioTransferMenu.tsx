import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import {
  IconBox,
  IconChevronDown,
  IconDownload,
  IconHistory,
  IconShieldCheck,
  IconTrashX,
  IconUpload,
} from '@tabler/icons-react';
import { onEvent } from '../api/client';
import { BackupsModal } from '../backups/BackupsModal';
import { TransferResultModal } from './TransferResultModal';
import { usePortfolioTransfer } from './usePortfolioTransfer';
import { VerifyReportModal } from './VerifyReportModal';

/**
 * The header's portfolio menu: export everything to a folder, import a portfolio file,
 * and remove certificate files no activity uses any more.
 */
export function PortfolioTransferMenu() {
  const { busy, outcome, report, run, closeOutcome, closeReport } = usePortfolioTransfer();
  const [confirmingCleanUp, setConfirmingCleanUp] = useState(false);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const { t } = useTranslation();
  // File > Backups… in the app menu opens the same window.
  useEffect(() => onEvent('menuCommand', ({ command }) => command === 'backups' && setBackupsOpen(true)), []);

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={310}>
        <Menu.Target>
          <Button
            variant="default"
            size="sm"
            loading={busy !== null}
            rightSection={<IconChevronDown size={14} aria-hidden />}
            leftSection={<IconBox size={16} aria-hidden />}
          >
            Portfolio
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Your whole portfolio</Menu.Label>
          <Menu.Item leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setBackupsOpen(true)}>
            {t('backups.menuItem')}
          </Menu.Item>
          <Menu.Item leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void run('export')}>
            Export portfolio…
          </Menu.Item>
          <Menu.Item leftSection={<IconUpload size={16} aria-hidden />} onClick={() => void run('import')}>
            Import portfolio…
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>Certificate files</Menu.Label>
          <Menu.Item
            leftSection={<IconTrashX size={16} aria-hidden />}
            onClick={() => setConfirmingCleanUp(true)}
          >
            Clean up unused certificate files…
          </Menu.Item>
          <Menu.Item
            leftSection={<IconShieldCheck size={16} aria-hidden />}
            onClick={() => void run('verify')}
          >
            Check my portfolio…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>

      <Modal
        opened={confirmingCleanUp}
        onClose={() => setConfirmingCleanUp(false)}
        title="Clean up unused certificate files?"
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            This permanently removes certificate files in your data folder that no activity uses any more,
            such as files of activities removed from the trash or certificates you removed from an activity.
            Certificates attached to an activity (even one in the trash) are never touched, and files added in
            the last day are kept in case a form you are still filling in uses one.
          </Text>
          <Text size="sm" c="dimmed">
            If you might attach one of those files again, export your portfolio first.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingCleanUp(false)} data-autofocus>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirmingCleanUp(false);
                void run('clean');
              }}
            >
              Remove unused files
            </Button>
          </Group>
        </Stack>
      </Modal>

      <TransferResultModal outcome={outcome} onClose={closeOutcome} />
      <BackupsModal opened={backupsOpen} onClose={() => setBackupsOpen(false)} />
      <VerifyReportModal report={report} onClose={closeReport} />
    </>
  );
}
