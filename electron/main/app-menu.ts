import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  exportPacket(): void;
  importPortfolio(): void;
  exportPortfolio(): void;
  backups(): void;
  checkPortfolio(): void;
  showAbout(): void;
  openDataFolder(): void;
}

/** The application menu. Developer tools appear only when running from the dev server. */
export function appMenuTemplate(
  actions: MenuActions,
  options: { allowDevTools: boolean; isMac: boolean },
): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (options.allowDevTools)
    view.unshift({ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  return [
    ...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Export packet…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportPacket() },
        { type: 'separator' },
        { label: 'Import portfolio…', click: () => actions.importPortfolio() },
        { label: 'Export portfolio…', click: () => actions.exportPortfolio() },
        { label: 'Backups…', click: () => actions.backups() },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    {
      label: 'Help',
      submenu: [
        { label: 'Check my portfolio…', click: () => actions.checkPortfolio() },
        { label: 'About CEU Portfolio', click: () => actions.showAbout() },
        { label: 'Open data folder', click: () => actions.openDataFolder() },
      ],
    },
  ];
}
