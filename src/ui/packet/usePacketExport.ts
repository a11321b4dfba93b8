import { useCallback, useEffect, useRef, useState } from 'react';
import { notifications } from '@mantine/notifications';
import {
  type CertificateProblem,
  type PacketRequestInput,
  certificateProblemsDetailsSchema,
  openItemsDetailsSchema,
} from '../../domain/packet';
import { ApiFailure, messageOf, runJob } from '../api/client';
import type { ExportState } from './PacketExport';
import { tNow } from '../i18n/current';

/**
 * Runs one packet export at a time. The work happens in the main process (the
 * `exportPacket` job); this follows its progress and can ask it to stop.
 */
export function usePacketExport(onProblems: (problems: CertificateProblem[]) => void) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  const onProblemsRef = useRef(onProblems);
  useEffect(() => {
    onProblemsRef.current = onProblems;
  });

  // Leaving the page does not stop an export: main finishes it, and the outcome is
  // then told in a notification since this page is no longer there to show it.
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = useCallback(async (request: PacketRequestInput) => {
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'running', progress: null, cancelling: false });
    try {
      const result = await runJob(
        'exportPacket',
        { request },
        {
          signal: controller.signal,
          onProgress: (progress) =>
            setState((current) => (current.status === 'running' ? { ...current, progress } : current)),
        },
      );
      if (!mounted.current && result) {
        notifications.show({
          color: 'teal',
          title: tNow('api.packetSaved'),
          message: result.path,
          autoClose: false,
        });
      }
      setState(result ? { status: 'saved', ...result } : { status: 'no-file-chosen' });
    } catch (error) {
      if (!mounted.current) {
        notifications.show({
          color: 'red',
          title: tNow('api.packetNotSaved'),
          message: messageOf(error),
          autoClose: false,
        });
      }
      if (error instanceof ApiFailure && error.code === 'PACKET_OPEN_ITEMS') {
        // Asked before the save dialog: nothing was written; the person chooses what next.
        const details = openItemsDetailsSchema.safeParse(error.details);
        if (details.success) {
          setState({ status: 'open-items', items: details.data.openItems });
          return;
        }
      }
      if (error instanceof ApiFailure && error.code === 'CERTIFICATE_PROBLEMS') {
        const details = certificateProblemsDetailsSchema.safeParse(error.details);
        if (details.success) onProblemsRef.current(details.data.problems);
      }
      setState({ status: 'failed', error });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const controller = running.current;
    if (!controller) return;
    setState((current) => (current.status === 'running' ? { ...current, cancelling: true } : current));
    // The export's own result (finished or cancelled) is what the person sees.
    controller.abort();
  }, []);

  return { state, start, cancel };
}
