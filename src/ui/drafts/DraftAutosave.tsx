import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import type { DraftEdits } from '../../domain/drafts';
import type { ActivityFormControl, ActivityFormValues } from '../activities/activity-form';
import { call } from '../api/client';

/** How long typing pauses before the draft is written. */
const pauseMs = 400;

/**
 * Keeps a draft's form as the person types it, so closing the window or a restart loses
 * nothing; what is still waiting is written when the form closes. Once the draft is
 * confirmed (`stopped`) nothing more is written.
 */
export function DraftAutosave({
  id,
  control,
  stopped,
}: {
  id: number;
  control: ActivityFormControl;
  stopped: boolean;
}) {
  const values = useWatch({ control }) as ActivityFormValues;
  const first = useRef<string | null>(null);
  const pending = useRef<DraftEdits | null>(null);
  const stoppedRef = useRef(stopped);
  stoppedRef.current = stopped;

  const write = () => {
    const edits = pending.current;
    pending.current = null;
    if (!edits || stoppedRef.current) return;
    // A draft confirmed or discarded meanwhile has nothing left to keep.
    call('saveDraftEdits', { id, edits }).catch(() => undefined);
  };
  const writeSoon = useDebouncedCallback(write, pauseMs);

  useEffect(() => {
    const json = JSON.stringify(values);
    // The form as it opened is what the draft already holds.
    if (first.current === null) {
      first.current = json;
      return;
    }
    if (json === first.current && pending.current === null) return;
    pending.current = JSON.parse(json) as DraftEdits;
    writeSoon();
  }, [values, writeSoon]);

  useEffect(() => () => write(), []); // eslint-disable-line react-hooks/exhaustive-deps -- the last edits, once, on close
  return null;
}
