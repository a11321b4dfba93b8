import { useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { call, onEvent } from '../api/client';
import type { VerifyReport } from '../../domain/verify-report';
import type { TransferOutcome } from './TransferResultModal';

export type TransferAction = 'export' | 'import' | 'clean' | 'verify';

/**
 * Export, import and clean-up of the whole portfolio, from the header's Portfolio menu or
 * from the app menu (which relays File > Import/Export portfolio… here), so both take one
 * path: the same dialogs, the same result window, the screens refreshed after an import.
 */
export function usePortfolioTransfer() {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<TransferAction | null>(null);
  const [outcome, setOutcome] = useState<TransferOutcome | null>(null);
  const [report, setReport] = useState<VerifyReport | null>(null);

  const run = useCallback(
    async (action: TransferAction) => {
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
    },
    [queryClient],
  );

  useEffect(
    () =>
      onEvent('menuCommand', ({ command }) => {
        if (command === 'importPortfolio') void run('import');
        else if (command === 'exportPortfolio') void run('export');
        else if (command === 'checkPortfolio') void run('verify');
      }),
    [run],
  );

  return {
    busy,
    outcome,
    report,
    run,
    closeOutcome: () => setOutcome(null),
    closeReport: () => setReport(null),
  };
}
