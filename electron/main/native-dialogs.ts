import path from 'node:path';
import { type BrowserWindow, app, dialog, shell } from 'electron';
import type { Dialogs } from './dialog-requests';

/** The API's dialogs, answered by the operating system's own file pickers. */
export function createNativeDialogs(getWindow: () => BrowserWindow | null): Dialogs {
  const parent = () => getWindow() ?? undefined;
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const options = { title, defaultPath: path.join(app.getPath('documents'), defaultName), filters };
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenFile({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder({ title }) {
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openFile(filePath) {
      // openPath answers with an error message, or '' when the file opened.
      const problem = await shell.openPath(filePath);
      if (problem) throw new Error(problem);
    },
    showInFolder(filePath) {
      shell.showItemInFolder(filePath);
    },
  };
}
