import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { type EventName, type EventPayload, eventChannel } from '../../src/api/contract';
import { resolveDataDir } from '../../src/core/data-dir';
import { isUserError } from '../../src/core/errors';
import { Portfolio } from '../../src/core/portfolio';
import { repairDataFolder } from '../../src/core/verify/repair-data-folder';
import { acquirePortfolioLockNow, type PortfolioLock } from '../../src/core/lock/portfolio-lock';
import { createApiHandlers } from './api-handlers';
import { appMenuTemplate } from './app-menu';
import { type ApiTransport, bindApi } from './bind-api';
import { certificateHashFromUrl, certificateResponse } from './certificate-response';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from './content-security-policy';
import { createErrorLog } from './error-log';
import { electronSqliteBinding } from './native-binding';
import { createNativeDialogs } from './native-dialogs';
import { createWorkerPacketRunner } from './packet-worker-runner';
import { guardUnsavedChanges } from './unsaved-changes';
import { createAppPageCheck } from './trusted-pages';
import { guardWebContents, hardenSession, mainWindowOptions } from './window-security';

// Must happen before "ready": certificate:// behaves like a secure, fetchable origin.
protocol.registerSchemesAsPrivileged([
  {
    scheme: 'certificate',
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
]);

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const allowDevTools = Boolean(devServerUrl);
const indexFile = path.join(__dirname, '../renderer/index.html');
const isAppPage = createAppPageCheck({ indexFile, devServerUrl });

let mainWindow: BrowserWindow | null = null;
let portfolio: Portfolio | null = null;
let writerLock: PortfolioLock | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second launch only brings the open window forward (in the first instance).
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    portfolio?.close();
    void writerLock?.release();
  });
  app.whenReady().then(start, (error: unknown) => fail('startup', error));
}

function start(): void {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const log = createErrorLog(dataDir);
  const nativeBinding = electronSqliteBinding(app.getAppPath());
  if (!nativeBinding) {
    dialog.showErrorBox(
      'CEU Portfolio is not fully installed',
      'Its database component has not been built for this app yet. Start CEU Portfolio with "npm start", which builds it, and try again.',
    );
    app.quit();
    return;
  }
  try {
    // One writer per portfolio: `ceu import`/`ceu sample` refuse while the app has it open.
    writerLock = acquirePortfolioLockNow(dataDir, { holder: 'app' });
    portfolio = Portfolio.open({ dataDir, nativeBinding });
    repairDataFolder(portfolio);
  } catch (error) {
    fail('open portfolio', error, log);
    return;
  }
  const opened = portfolio;

  hardenSession(
    session.defaultSession,
    devServerUrl ? developmentContentSecurityPolicy : contentSecurityPolicy,
    isAppPage,
  );
  protocol.handle('certificate', (request) =>
    certificateResponse(opened.certificates, certificateHashFromUrl(request.url)),
  );

  const emit = <K extends EventName>(name: K, payload: EventPayload<K>) =>
    mainWindow?.webContents.send(eventChannel, { name, payload });
  const handlers = createApiHandlers({
    portfolio: opened,
    appVersion: app.getVersion(),
    dialogs: createNativeDialogs(() => mainWindow),
    emit,
    sampleDir: path.join(app.getAppPath(), 'resources', 'sample'),
    packets: createWorkerPacketRunner({
      scriptPath: path.join(__dirname, 'packet-worker.js'),
      dataDir,
      nativeBinding,
    }),
  });
  bindApi(ipcMain as unknown as ApiTransport, handlers, { isTrustedSender: isAppPage, log });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate(
        {
          // The packet screen needs a credential chosen, so the window runs the export.
          exportPacket: () => emit('menuCommand', { command: 'exportPacket' }),
          importPortfolio: () => void runFromMenu('import', () => handlers.importPortfolio(undefined), true),
          exportPortfolio: () => void runFromMenu('export', () => handlers.exportPortfolio(undefined), false),
          showAbout: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'About CEU Portfolio',
              message: `CEU Portfolio ${app.getVersion()}`,
              detail: `Your portfolio is kept on this computer in:\n${dataDir}`,
            }),
          openDataFolder: () => void shell.openPath(dataDir),
        },
        { allowDevTools, isMac: process.platform === 'darwin' },
      ),
    ),
  );

  mainWindow = new BrowserWindow(
    mainWindowOptions(path.join(__dirname, '../preload/index.js'), allowDevTools),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  guardUnsavedChanges(mainWindow, dialog);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadFile(indexFile);

  async function runFromMenu(what: 'import' | 'export', run: () => unknown, reload: boolean): Promise<void> {
    try {
      const result = await run();
      if (result === null) return;
      const message =
        what === 'import'
          ? 'Your portfolio file was imported.'
          : `Your portfolio was exported to ${(result as { path: string }).path}.`;
      await dialog.showMessageBox({ type: 'info', title: 'CEU Portfolio', message });
      // Reloading makes every screen read the imported records afresh.
      if (reload) mainWindow?.webContents.reload();
    } catch (error) {
      const message = isUserError(error)
        ? error.message
        : 'Something went wrong. Nothing you had saved was changed.';
      if (!isUserError(error)) log(`menu:${what}`, error);
      dialog.showErrorBox(
        what === 'import' ? 'The portfolio was not imported' : 'The portfolio was not exported',
        message,
      );
    }
  }
}

function fail(context: string, error: unknown, log = createErrorLog(null)): void {
  if (isUserError(error)) {
    dialog.showErrorBox('CEU Portfolio cannot open your portfolio', error.message);
  } else {
    log(context, error);
    dialog.showErrorBox(
      'CEU Portfolio could not start',
      'Something went wrong while opening your portfolio. Nothing was changed. Restart the app; if this keeps happening, send the file logs/errors.log from your data folder to support.',
    );
  }
  app.quit();
}
