import { useCallback, useEffect, useRef, useState } from 'react';
import type { CertificateProblem, PacketOptions } from '../../api/contract';
import { notifications } from '@mantine/notifications';
import { ApiFailure, call, messageOf, onEvent } from '../api/client';
import type { ExportState } from './PacketExport';
import { newJobId } from './packet-choices';

/**
 * Runs one packet export at a time. The work happens in the main process; this only
 * follows its progress events (for this job alone) and can ask it to stop.
 */
export function usePacketExport(onProblems: (problems: CertificateProblem[]) => void) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const jobRef = useRef<string | null>(null);
  const onProblemsRef = useRef(onProblems);
  useEffect(() => {
    onProblemsRef.current = onProblems;
  });

  useEffect(
    () =>
      onEvent('packetProgress', (progress) => {
        if (progress.jobId !== jobRef.current) return;
        setState((current) => (current.status === 'running' ? { ...current, progress } : current));
      }),
    [],
  );

  // Leaving the page does not stop an export: main finishes it, and the outcome is
  // then told in a notification since this page is no longer there to show it.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(async (options: PacketOptions) => {
    const jobId = newJobId();
    jobRef.current = jobId;
    setState({ status: 'running', jobId, progress: null, cancelling: false });
    try {
      const result = await call('exportPacket', { jobId, options });
      if (!mounted.current && result) {
        notifications.show({ color: 'teal', title: 'Packet saved', message: result.path, autoClose: false });
      }
      setState(result ? { status: 'saved', ...result } : { status: 'no-file-chosen' });
    } catch (error) {
      if (!mounted.current) {
        notifications.show({
          color: 'red',
          title: 'The packet was not saved',
          message: messageOf(error),
          autoClose: false,
        });
      }
      if (error instanceof ApiFailure && error.code === 'CERTIFICATE_PROBLEMS') {
        const problems = (error.details as { problems?: CertificateProblem[] } | undefined)?.problems;
        if (problems) onProblemsRef.current(problems);
      }
      setState({ status: 'failed', error });
    } finally {
      if (jobRef.current === jobId) jobRef.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const jobId = jobRef.current;
    if (!jobId) return;
    setState((current) => (current.status === 'running' ? { ...current, cancelling: true } : current));
    call('cancelPacket', { jobId }).catch(() => {
      // The export's own result (finished or cancelled) is what the person sees.
    });
  }, []);

  return { state, start, cancel };
}
