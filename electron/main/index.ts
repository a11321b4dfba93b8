import path from 'node:path';
import { BrowserWindow, Menu, Notification, app, dialog, ipcMain, protocol, session, shell } from 'electron';
import { type EventName, type EventPayload, eventChannel } from '../../src/api/contract';
import { finishInterruptedRestore } from '../../src/core/backup';
import { resolveDataDir } from '../../src/core/data-dir';
import { isUserError } from '../../src/core/errors';
import { setPacketFontsDirectory } from '../../src/core/packet';
import { Portfolio } from '../../src/core/portfolio';
import { createApiHandlers, createJobHandlers } from './api-handlers';
import { repairDataFolder } from '../../src/core/verify/repair-data-folder';
import { acquirePortfolioLockNow, type PortfolioLock } from '../../src/core/lock/portfolio-lock';
import { appMenuTemplate } from './app-menu';
import { appFileResponse, appIndexUrl, appOrigin, appScheme } from './app-protocol';
import { type ApiTransport, bindApi } from './bind-api';
import { bindJobs } from './bind-jobs';
import { certificateHashFromUrl, certificateResponse } from './certificate-response';
import { contentSecurityPolicy, developmentContentSecurityPolicy } from './content-security-policy';
import { type ErrorLog, createErrorLog } from './error-log';
import { electronSqliteBinding } from './native-binding';
import { appResources } from './resource-paths';
import { createNativeDialogs } from './native-dialogs';
import { offerRestoreOfDamaged } from './recover-damaged';
import { createAppPageCheck } from './trusted-pages';
import { guardUnsavedChanges } from './unsaved-changes';
import { guardWebContents, hardenSession, mainWindowOptions } from './window-security';
import type { CoreJobRunner } from '../../src/core/jobs';
import { createWorkerJobRunner } from './worker-job-runner';
import { createUpdateChecks, type UpdateChecks } from './updates';
import { loadSettings } from '../../src/core/settings';
import { translator } from '../../src/domain/i18n/translator';
import { dialogWords, type Say } from './dialog-words';
import { notifyReminders } from './reminder-notifications';
import { type Language, pickLanguage } from '../../src/domain/i18n/languages';

// Must happen before "ready": app:// (the window's pages) and certificate:// behave like
// secure, fetchable origins.
protocol.registerSchemesAsPrivileged([
  {
    scheme: appScheme,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
  {
    scheme: 'certificate',
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
]);

const devServerUrl = process.env.ELECTRON_RENDERER_URL;
const allowDevTools = Boolean(devServerUrl);
const rendererDir = path.join(__dirname, '../renderer');
const isAppPage = createAppPageCheck({ appIndexUrl, devServerUrl });

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
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('startup', error));
}

/** What the steps of start-up share once the portfolio is open. */
interface Started {
  dataDir: string;
  nativeBinding: string;
  portfolio: Portfolio;
  log: ErrorLog;
  emit: <K extends EventName>(name: K, payload: EventPayload<K>) => void;
  /** Core's long jobs, each on its own worker thread. */
  jobs: CoreJobRunner;
}

/**
 * Start-up, one named step at a time: open the portfolio, serve certificates, answer the
 * window's calls, build the menu, open the window, then start what runs in the background.
 */
async function start(): Promise<void> {
  const opened = await openPortfolio();
  if (!opened) return;
  portfolio = opened.portfolio;
  hardenSession(
    session.defaultSession,
    devServerUrl ? developmentContentSecurityPolicy : contentSecurityPolicy,
    isAppPage,
  );
  serveAppPages();
  serveCertificates(opened);
  answerTheWindow(opened);
  installMenu(opened);
  openMainWindow();
  startBackgroundTasks(opened);
}

/**
 * Opens the data folder's portfolio, or tells the person why it cannot and quits. A
 * damaged database is never opened: the app offers to restore a backup first.
 */
async function openPortfolio(): Promise<Started | null> {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  const log = createErrorLog(dataDir);
  const nativeBinding = electronSqliteBinding(appLocation());
  const say = dialogWords(dataDir, () => app.getPreferredSystemLanguages());
  if (!nativeBinding) {
    dialog.showErrorBox(say('dialogs.notInstalledTitle'), say('dialogs.notInstalledText'));
    app.quit();
    return null;
  }
  try {
    // One writer per portfolio: `ceu import`/`ceu sample` refuse while the app has it open.
    writerLock = acquirePortfolioLockNow(dataDir, { holder: 'app' });
    // A restore stopped half-way (a crash, a power cut) is finished or rolled back first.
    finishInterruptedRestore(dataDir);
    const opened = await openOrRecover(dataDir, nativeBinding);
    if (!opened) {
      app.quit();
      return null;
    }
    repairDataFolder(opened);
    const emit = <K extends EventName>(name: K, payload: EventPayload<K>) =>
      mainWindow?.webContents.send(eventChannel, { name, payload });
    // The packet's fonts are found next to the app: here, and in each job worker thread.
    const { fontsDir } = appResources(appLocation());
    setPacketFontsDirectory(fontsDir);
    const jobs = createWorkerJobRunner({
      scriptPath: path.join(__dirname, 'job-worker.js'),
      context: { dataDir, nativeBinding },
      fontsDir,
    });
    return { dataDir, nativeBinding, portfolio: opened, log, emit, jobs };
  } catch (error) {
    fail('open portfolio', error, log, say);
    return null;
  }
}

/** Portfolio.open, or, for a damaged database, the offer to restore a backup and open that. */
async function openOrRecover(dataDir: string, nativeBinding: string): Promise<Portfolio | null> {
  try {
    return Portfolio.open({ dataDir, nativeBinding });
  } catch (error) {
    if (!isUserError(error) || error.code !== 'DATABASE_DAMAGED') throw error;
    const say = dialogWords(dataDir, () => app.getPreferredSystemLanguages());
    const restored = await offerRestoreOfDamaged(
      dataDir,
      error.said ? say(error.said.key, error.said.values) : error.message,
      {
        ask: ({ message, detail, buttons }) =>
          dialog.showMessageBoxSync({
            type: 'error',
            title: 'CEU Portfolio',
            message,
            detail,
            buttons,
            defaultId: 0,
            cancelId: buttons.length - 1,
          }),
        chooseBackupFile: () =>
          dialog.showOpenDialogSync({
            title: say('dialogs.chooseBackup'),
            filters: [{ name: say('dialogs.backupFiles'), extensions: ['ceubackup'] }],
            properties: ['openFile'],
          })?.[0] ?? null,
        tell: (message) => dialog.showErrorBox(say('dialogs.restoreFailedTitle'), message),
      },
      (iso) => new Date(iso).toLocaleString(),
      nativeBinding,
      say,
    );
    return restored ? Portfolio.open({ dataDir, nativeBinding }) : null;
  }
}

/** app://portfolio/ serves the built window, and only files inside out/renderer. */
function serveAppPages(): void {
  protocol.handle(appScheme, (request) => appFileResponse(rendererDir, request.url, contentSecurityPolicy));
}

/** certificate://<sha256> answers with the stored file: the window never sees a path. */
function serveCertificates({ portfolio: opened }: Started): void {
  const pageOrigin = devServerUrl ? new URL(devServerUrl).origin : appOrigin;
  protocol.handle('certificate', (request) =>
    certificateResponse(opened.certificates, certificateHashFromUrl(request.url), pageOrigin),
  );
}

/** Binds every operation and long job of the contract to IPC; long jobs run on worker threads. */
/**
 * The main process's language (menu, dialogs): the person's choice in the app, or the
 * system's preferred language when they have not chosen.
 */
function mainLanguage(dataDir: string): Language {
  const choice = loadSettings(dataDir).settings.language;
  return choice === 'system' ? pickLanguage(app.getPreferredSystemLanguages()) : choice;
}

function answerTheWindow(started: Started): void {
  const { portfolio: opened, log, emit, jobs } = started;
  const resources = appResources(appLocation());
  const context = {
    portfolio: opened,
    appVersion: app.getVersion(),
    dialogs: createNativeDialogs(() => mainWindow),
    emit,
    sampleDir: resources.sampleDir,
    jobs,
    log,
    onUpdateChecksChanged: (check: boolean) => updateChecks?.follow(check),
    systemLanguages: () => app.getPreferredSystemLanguages(),
    // The menu is rebuilt in the language just chosen; the window follows on its own.
    onLanguageChanged: () => installMenu(started),
  };
  const transport = ipcMain as unknown as ApiTransport;
  bindApi(transport, createApiHandlers(context), { isTrustedSender: isAppPage, log });
  bindJobs(transport, createJobHandlers(context), { isTrustedSender: isAppPage, log, emit });
}

/** The menu relays its commands to the window, which runs them as its own buttons do. */
function installMenu({ dataDir, emit }: Started): void {
  const language = mainLanguage(dataDir);
  const t = translator(language);
  const relay = (command: EventPayload<'menuCommand'>['command']) => () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    emit('menuCommand', { command });
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate(
        {
          exportPacket: relay('exportPacket'),
          importPortfolio: relay('importPortfolio'),
          exportPortfolio: relay('exportPortfolio'),
          backups: relay('backups'),
          checkPortfolio: relay('checkPortfolio'),
          showAbout: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: t('mainMenu.about'),
              message: t('mainMenu.aboutVersion', { version: app.getVersion() }),
              detail: t('mainMenu.aboutDetail', { folder: dataDir }),
            }),
          openDataFolder: () => void shell.openPath(dataDir),
        },
        { allowDevTools, isMac: process.platform === 'darwin', language },
      ),
    ),
  );
}

function openMainWindow(): void {
  mainWindow = new BrowserWindow(
    mainWindowOptions(path.join(__dirname, '../preload/index.js'), allowDevTools),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  guardUnsavedChanges(mainWindow, dialog);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (devServerUrl) void mainWindow.loadURL(devServerUrl);
  else void mainWindow.loadURL(appIndexUrl);
}

/** How often the app's own upkeep runs while it stays open (it also runs at start). */
const upkeepEveryMs = 6 * 60 * 60 * 1000;
/** How long quitting waits for the last snapshot before it goes anyway. */
const quitSnapshotLimitMs = 30_000;

/**
 * Work on a timer while the app runs: emptying what has been in the trash for 30 days,
 * and the daily snapshot (when backups are on; core takes at most one a day). Each runs
 * at start, then on its timer; a task that fails is logged and tried again later. On
 * quit, one more snapshot if the newest is more than ten minutes old.
 */
/** Set in the installed app: follows the person's choice about update checks. */
let updateChecks: UpdateChecks | null = null;

/**
 * Update checks exist only in the installed app (a development build has no release to
 * compare with), and run only once the person has said yes.
 */
async function startUpdateChecks(dataDir: string, log: ErrorLog): Promise<void> {
  if (!app.isPackaged) return;
  const { autoUpdater } = await import('electron-updater');
  const t = translator(mainLanguage(dataDir));
  const ask = async (title: string, message: string, detail: string, yes: string) =>
    (
      await dialog.showMessageBox({
        type: 'info',
        title,
        message,
        detail,
        buttons: [t('updates.later'), yes],
        defaultId: 1,
        cancelId: 0,
        noLink: true,
      })
    ).response === 1;
  updateChecks = createUpdateChecks({
    updater: autoUpdater,
    log,
    prompts: {
      askToDownload: (version) =>
        ask(
          t('updates.downloadTitle'),
          t('updates.downloadMessage', { version }),
          t('updates.downloadDetail'),
          t('updates.download'),
        ),
      askToInstall: (version) =>
        ask(
          t('updates.installTitle'),
          t('updates.installMessage', { version }),
          t('updates.installDetail'),
          t('updates.install'),
        ),
    },
  });
  updateChecks.follow(loadSettings(dataDir).settings.updates.check);
}

function startBackgroundTasks({ dataDir, portfolio: opened, log, jobs }: Started): void {
  startUpdateChecks(dataDir, log).catch((error: unknown) => log('update checks', error));
  const upkeep = () => {
    try {
      opened.purgeExpiredTrash();
    } catch (error) {
      log('upkeep', error);
    }
    jobs.run('backup.snapshot', { when: 'daily' }).catch((error: unknown) => log('backup', error));
    try {
      // Dates ahead at the person's lead times, each once (reminder-notifications.ts).
      if (Notification.isSupported())
        notifyReminders(opened, mainLanguage(dataDir), ({ title, body }) =>
          new Notification({ title, body }).show(),
        );
    } catch (error) {
      log('reminders', error);
    }
  };
  upkeep();
  const timer = setInterval(upkeep, upkeepEveryMs);

  let snapshotTaken = false;
  app.on('before-quit', (event) => {
    clearInterval(timer);
    if (snapshotTaken) return;
    snapshotTaken = true;
    event.preventDefault();
    const limit = new AbortController();
    const giveUp = setTimeout(() => limit.abort(), quitSnapshotLimitMs);
    jobs
      .run('backup.snapshot', { when: 'quit' }, { signal: limit.signal })
      .catch((error: unknown) => log('backup on quit', error))
      .finally(() => {
        clearTimeout(giveUp);
        app.quit();
      });
  });
}

/** Where the app runs from: the project folder in development, the install when packaged. */
function appLocation() {
  return { isPackaged: app.isPackaged, appRoot: app.getAppPath(), resourcesPath: process.resourcesPath };
}

function fail(
  context: string,
  error: unknown,
  log = createErrorLog(null),
  say: Say = translator('en'),
): void {
  if (isUserError(error)) {
    dialog.showErrorBox(
      say('dialogs.cannotOpenTitle'),
      error.said ? say(error.said.key, error.said.values) : error.message,
    );
  } else {
    log(context, error);
    dialog.showErrorBox(say('dialogs.couldNotStartTitle'), say('dialogs.couldNotStartText'));
  }
  app.quit();
}
