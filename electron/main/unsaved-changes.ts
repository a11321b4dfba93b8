import type { BrowserWindow, Dialog } from 'electron';

/**
 * The activity form asks the page not to unload while it holds unsaved edits
 * (beforeunload). A browser would ask the person; Electron silently keeps the window
 * open instead, so closing or reloading seems to do nothing. Ask, in words, and let the
 * window go when they choose to leave.
 */
export function guardUnsavedChanges(
  window: Pick<BrowserWindow, 'webContents'>,
  dialog: Pick<Dialog, 'showMessageBoxSync'>,
): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window as BrowserWindow, {
      type: 'question',
      buttons: ['Leave without saving', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      title: 'Unsaved changes',
      message: 'You have changes to an activity that are not saved.',
      detail: 'Leave without saving, or stay and save them first.',
    });
    // Preventing the default of this event lets the unload go ahead.
    if (choice === 0) event.preventDefault();
  });
}
