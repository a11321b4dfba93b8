/**
 * Checking for a new version, only with the person's consent. Nothing is asked of the
 * network until they turn checks on (at first run or from the Portfolio menu); a check
 * then asks the project's release page whether a newer version exists, which sends the
 * app's version, the operating system and, like any web request, the computer's IP
 * address. Downloading and installing each wait for a yes. A check that fails (offline,
 * say) is only logged: it never interrupts the person.
 */

/** What the app needs of electron-updater's AppUpdater; the tests give a stand-in. */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  checkForUpdates(): Promise<unknown>;
  downloadUpdate(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'update-available' | 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface UpdatePrompts {
  /** "Version X is available. Download it?" */
  askToDownload(version: string): Promise<boolean>;
  /** "Version X is ready. Restart now to install it?" */
  askToInstall(version: string): Promise<boolean>;
}

export interface UpdateChecks {
  /** Follows the person's choice: checks now and daily when true, stops otherwise. */
  follow(check: boolean | null): void;
  stop(): void;
}

export const updateCheckEveryMs = 24 * 60 * 60 * 1000;

export function createUpdateChecks(options: {
  updater: Updater;
  prompts: UpdatePrompts;
  log: (context: string, error: unknown) => void;
  everyMs?: number;
}): UpdateChecks {
  const { updater, prompts, log, everyMs = updateCheckEveryMs } = options;
  // Nothing is downloaded or installed without asking.
  updater.autoDownload = false;
  updater.autoInstallOnAppQuit = false;
  updater.on('error', (error) => log('update check', error));
  updater.on('update-available', (info) => {
    void prompts
      .askToDownload(info.version)
      .then((yes) => (yes ? updater.downloadUpdate() : undefined))
      .catch((error: unknown) => log('update download', error));
  });
  updater.on('update-downloaded', (info) => {
    void prompts
      .askToInstall(info.version)
      .then((yes) => {
        if (yes) updater.quitAndInstall();
      })
      .catch((error: unknown) => log('update install', error));
  });

  let timer: ReturnType<typeof setInterval> | null = null;
  const check = () => {
    updater.checkForUpdates().catch((error: unknown) => log('update check', error));
  };
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  return {
    follow(consent) {
      if (consent !== true) return stop();
      if (timer) return;
      check();
      timer = setInterval(check, everyMs);
    },
    stop,
  };
}
