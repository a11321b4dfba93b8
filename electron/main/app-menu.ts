import type { MenuItemConstructorOptions } from 'electron';
import { type MessageKey, translator } from '../../src/domain/i18n/translator';
import type { Language } from '../../src/domain/i18n/languages';

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
  options: { allowDevTools: boolean; isMac: boolean; language?: Language },
): MenuItemConstructorOptions[] {
  const translate = translator(options.language ?? 'en');
  const t = (key: MessageKey) => translate(key);
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
      label: t('mainMenu.file'),
      submenu: [
        {
          label: t('mainMenu.exportPacket'),
          accelerator: 'CmdOrCtrl+E',
          click: () => actions.exportPacket(),
        },
        { type: 'separator' },
        { label: t('mainMenu.importPortfolio'), click: () => actions.importPortfolio() },
        { label: t('mainMenu.exportPortfolio'), click: () => actions.exportPortfolio() },
        { label: t('mainMenu.backups'), click: () => actions.backups() },
        { type: 'separator' },
        options.isMac ? { role: 'close' } : { role: 'quit', label: t('mainMenu.quit') },
      ],
    },
    { role: 'editMenu' },
    { label: t('mainMenu.view'), submenu: view },
    {
      label: t('mainMenu.help'),
      submenu: [
        { label: t('mainMenu.checkPortfolio'), click: () => actions.checkPortfolio() },
        { label: t('mainMenu.about'), click: () => actions.showAbout() },
        { label: t('mainMenu.openDataFolder'), click: () => actions.openDataFolder() },
      ],
    },
  ];
}
