import { useState } from 'react';
import { Button, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import { IconBox, IconChevronDown, IconDownload, IconShieldCheck, IconTrashX, IconUpload } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../api/client';
import { TransferResultModal } from './TransferResultModal';
import type { TransferOutcome } from './TransferResultModal';
import type { VerifyReport } from '../../domain/verify-report';
import { VerifyReportModal } from './VerifyReportModal';

type Action = 'export' | 'import' | 'clean' | 'verify';

/**
 * The header's portfolio menu: export everything to a folder, import a portfolio file,
 * remove certificate files no activity uses any more, and check the whole portfolio.
 */
export function PortfolioTransferMenu() {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<TransferOutcome | null>(null);
  const [confirmingCleanUp, setConfirmingCleanUp] = useState(false);
  const [report, setReport] = useState<VerifyReport | null>(null);

  const run = async (action: Action) => {
    setBusy(action);
    try {
      if (action === 'export') {
        const result = await call('exportPortfolio', undefined);
        if (result) setOutcome({ kind: 'exported', path: result.path });
      } else if (action === 'import') {
        const counts = await call('importPortfolio', undefined);
        if (counts) {
          await queryClient.invalidateQueries();
          setOutcome({ kind: 'imported', counts });
        }
      } else if (action === 'verify') {
        setReport(await call('verifyPortfolio', undefined));
      } else {
        const freed = await call('cleanUpCertificates', undefined);
        setOutcome({ kind: 'cleaned', ...freed });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', action, error });
    } finally {
      setBusy(null);
    }
  };

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
          <Menu.Item leftSection={<IconShieldCheck size={16} aria-hidden />} onClick={() => void run('verify')}>
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
            such as files from deleted activities or certificates you removed from an activity. Certificates
            attached to an activity are never touched, and files added in the last day are kept in case a form
            you are still filling in uses one.
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

      <TransferResultModal outcome={outcome} onClose={() => setOutcome(null)} />
      <VerifyReportModal report={report} onClose={() => setReport(null)} />
    </>
  );
}
