import {
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  dialog,
  shell,
} from 'electron';
import { confirmLinkMessage, decideExternalLink } from './external-links';

/**
 * The window's security settings, from Electron's security checklist: the page gets no
 * Node, runs sandboxed in its own JavaScript world, and reaches the main process only
 * through the preload's window.api.
 */
export function mainWindowOptions(
  preloadPath: string,
  allowDevTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'CEU Portfolio',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: allowDevTools,
      spellcheck: true,
    },
  };
}

/**
 * Links the page asks to open go to the browser: https only, straight away for the
 * certifying bodies' sites, after a question showing the full address for anything else.
 */
export async function openExternalLink(url: string): Promise<void> {
  const decision = decideExternalLink(url);
  if (decision.action === 'refuse') return;
  if (decision.action === 'confirm') {
    const { response } = await dialog.showMessageBox(confirmLinkMessage(decision.url));
    if (response !== 1) return;
  }
  await shell.openExternal(decision.url);
}

/** The page can never leave the app: no navigation, no new windows, no webviews. */
export function guardWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url);
    return { action: 'deny' };
  });
}

/**
 * The session denies every permission (camera, notifications, geolocation, …): the app
 * needs none. App pages get the Content-Security-Policy as a header too.
 */
export function hardenSession(session: Session, csp: string, isAppPage: (url: string) => boolean): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppPage(details.url)) {
      callback({ responseHeaders: details.responseHeaders });
      return;
    }
    const headers: Record<string, string[] | string> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
}
