import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import {
  IconBox,
  IconChevronDown,
  IconDownload,
  IconHistory,
  IconLanguage,
  IconRefresh,
  IconShieldCheck,
  IconTable,
  IconTrashX,
  IconUpload,
} from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { call, messageOf, onEvent } from '../api/client';
import { BackupsModal } from '../backups/BackupsModal';
import { UpdatesModal } from '../updates/UpdatesModal';
import { LanguageModal } from '../i18n/LanguageModal';
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
  const [updatesOpen, setUpdatesOpen] = useState(false);
  const [languageOpen, setLanguageOpen] = useState(false);
  const exportCsv = async () => {
    try {
      const written = await call('exportActivityLog', undefined);
      if (written)
        notifications.show({
          color: 'teal',
          title: t('savedFile.csvSaved'),
          message: t('savedFile.csvRows', { count: written.rows, path: written.path }),
        });
    } catch (error) {
      notifications.show({ color: 'red', title: t('savedFile.csvFailed'), message: messageOf(error) });
    }
  };
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
            {t('portfolioMenu.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('portfolioMenu.whole')}</Menu.Label>
          <Menu.Item leftSection={<IconHistory size={16} aria-hidden />} onClick={() => setBackupsOpen(true)}>
            {t('backups.menuItem')}
          </Menu.Item>
          <Menu.Item leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void run('export')}>
            {t('portfolioMenu.export')}
          </Menu.Item>
          <Menu.Item leftSection={<IconUpload size={16} aria-hidden />} onClick={() => void run('import')}>
            {t('portfolioMenu.import')}
          </Menu.Item>
          <Menu.Item leftSection={<IconTable size={16} aria-hidden />} onClick={() => void exportCsv()}>
            {t('savedFile.csvMenu')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Label>{t('portfolioMenu.certificateFiles')}</Menu.Label>
          <Menu.Item
            leftSection={<IconTrashX size={16} aria-hidden />}
            onClick={() => setConfirmingCleanUp(true)}
          >
            {t('portfolioMenu.cleanUp')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconShieldCheck size={16} aria-hidden />}
            onClick={() => void run('verify')}
          >
            {t('portfolioMenu.check')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => setUpdatesOpen(true)}>
            {t('updates.menu')}
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLanguage size={16} aria-hidden />}
            onClick={() => setLanguageOpen(true)}
          >
            {t('language.menu')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>

      <Modal
        opened={confirmingCleanUp}
        onClose={() => setConfirmingCleanUp(false)}
        title={t('portfolioMenu.cleanUpTitle')}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{t('portfolioMenu.cleanUpText')}</Text>
          <Text size="sm" c="dimmed">
            {t('portfolioMenu.cleanUpAdvice')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmingCleanUp(false)} data-autofocus>
              {t('portfolioMenu.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirmingCleanUp(false);
                void run('clean');
              }}
            >
              {t('portfolioMenu.removeUnused')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <TransferResultModal outcome={outcome} onClose={closeOutcome} />
      <BackupsModal opened={backupsOpen} onClose={() => setBackupsOpen(false)} />
      <UpdatesModal opened={updatesOpen} onClose={() => setUpdatesOpen(false)} />
      <LanguageModal opened={languageOpen} onClose={() => setLanguageOpen(false)} />
      <VerifyReportModal report={report} onClose={closeReport} />
    </>
  );
}
