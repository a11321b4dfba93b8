/** The application menu and the main process's own dialogs. */
export const mainMenu = {
  file: 'File',
  exportPacket: 'Export packet…',
  importPortfolio: 'Import portfolio…',
  exportPortfolio: 'Export portfolio…',
  backups: 'Backups…',
  quit: 'Quit',
  view: 'View',
  help: 'Help',
  checkPortfolio: 'Check my portfolio…',
  about: 'About CEU Portfolio',
  openDataFolder: 'Open data folder',
  aboutVersion: 'CEU Portfolio {version}',
  aboutDetail: 'Your portfolio is kept on this computer in:\n{folder}',
} as const;
