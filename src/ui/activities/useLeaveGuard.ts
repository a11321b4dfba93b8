import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Keeps unsaved changes from being lost by leaving the page. Pages are addressed by
 * the URL hash, so any way of leaving (sidebar, Back, a link, a button that navigates)
 * changes the hash: while there are unsaved changes the old address is put back at
 * once, before the page is swapped, and the person is asked first. Closing the window
 * is covered by beforeunload (Electron's main process must answer will-prevent-unload).
 */
export function useLeaveGuard(hasUnsavedChanges: boolean) {
  const guarding = useRef(hasUnsavedChanges);
  const [pendingHash, setPendingHash] = useState<string | null>(null);

  useEffect(() => {
    guarding.current = hasUnsavedChanges;
  }, [hasUnsavedChanges]);

  useEffect(() => {
    const here = window.location.hash;
    // Following a link fires popstate at once and hashchange a task later; anything that
    // renders in between would read the new address. So the address is put back on
    // whichever comes first, in the capture phase (before the shell's own listener).
    const holdAddress = (event: Event) => {
      if (!guarding.current || window.location.hash === here) return;
      const target = window.location.hash;
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${window.location.search}${here}`,
      );
      event.stopImmediatePropagation();
      setPendingHash(target);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!guarding.current) return;
      event.preventDefault();
    };
    window.addEventListener('popstate', holdAddress, { capture: true });
    window.addEventListener('hashchange', holdAddress, { capture: true });
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('popstate', holdAddress, { capture: true });
      window.removeEventListener('hashchange', holdAddress, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  /** Leave anyway: drop the changes and go where the person was going. */
  const leave = useCallback(() => {
    const target = pendingHash;
    guarding.current = false;
    setPendingHash(null);
    if (target !== null) window.location.hash = target;
  }, [pendingHash]);

  const stay = useCallback(() => setPendingHash(null), []);

  /** Turns the guard off for a navigation the page itself makes after saving. */
  const release = useCallback(() => {
    guarding.current = false;
  }, []);

  return { leaving: pendingHash !== null, leave, stay, release };
}
