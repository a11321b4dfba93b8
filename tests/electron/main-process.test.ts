import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  cancelJobChannel,
  eventChannel,
  ipcChannel,
  jobChannel,
  jobNames,
  operationNames,
} from '../../src/api/contract';
import { contentSecurityPolicy } from '../../electron/main/content-security-policy';
import { pdfBytes, removeTempDirs, tempDir } from '../core/fixtures';
import { type FakeBrowserWindow, electronStandIn, recorded } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

/**
 * Starts the real main process (electron/main/index.ts) against the Electron stand-in
 * and checks what it set up: the window, the guards, the protocol, the API.
 */
let window: FakeBrowserWindow;
const dataDir = tempDir('ceu-main-');

beforeAll(async () => {
  // The app loads better-sqlite3 from .electron-native/; under Node, a copy of the Node build stands in.
  recorded.appRoot = tempDir('ceu-app-');
  const release = path.join(recorded.appRoot, '.electron-native/better-sqlite3/build/Release');
  fs.mkdirSync(release, { recursive: true });
  fs.copyFileSync(
    path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    path.join(release, 'better_sqlite3.node'),
  );
  recorded.userData = tempDir('ceu-userdata-');
  process.argv.push('--data-dir', dataDir);

  await import('../../electron/main/index');
  recorded.ready!();
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1));
  window = recorded.windows[0]!;
});
afterAll(() => {
  for (const listener of recorded.appListeners.get('will-quit') ?? []) listener();
  removeTempDirs();
});

describe('the main process', () => {
  it('registers app:// and certificate:// as privileged schemes before ready', () => {
    expect(recorded.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
      expect.objectContaining({
        scheme: 'certificate',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      }),
    ]);
  });

  it('serves the window from app:// and refuses anything outside the built folder', async () => {
    const handler = recorded.protocolHandlers.get('app')!;
    expect(handler).toBeDefined();
    expect((await handler({ url: 'app://portfolio/%2e%2e/%2e%2e/package.json' })).status).toBe(404);
    expect((await handler({ url: 'app://elsewhere/index.html' })).status).toBe(404);
  });

  it('takes the single-instance lock and focuses the open window on a second launch', () => {
    expect(electronStandIn.app.requestSingleInstanceLock).toHaveBeenCalled();
    const focus = vi.spyOn(window, 'focus');
    for (const listener of recorded.appListeners.get('second-instance') ?? []) listener();
    expect(focus).toHaveBeenCalled();
  });

  it('opens one secure window on the built page, with the preload', () => {
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(String(prefs.preload)).toMatch(/out[\\/]preload[\\/]index\.js$|preload[\\/]index\.js$/);
    expect(window.loaded).toHaveLength(1);
    expect(window.loaded[0]).toBe('app://portfolio/index.html');
  });

  it('guards every web contents it creates', () => {
    const [created] = recorded.appListeners.get('web-contents-created')!;
    created!({}, window.webContents);
    expect(window.webContents.emit('will-navigate', 'https://example.com')).toBe(true);
    expect(window.webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('hardens the session: permissions denied, CSP on app pages', () => {
    const session = electronStandIn.session.defaultSession;
    const callback = vi.fn();
    session.permissionRequestHandler!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    let headers: Record<string, unknown> | undefined;
    const page = window.loaded[0]!;
    session.headersReceived!({ url: page, responseHeaders: {} }, (r) => (headers = r.responseHeaders));
    expect(headers?.['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
  });

  it('binds every API operation, refusing frames that are not the app page', async () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(
      [...operationNames.map(ipcChannel), ...jobNames.map(jobChannel), cancelJobChannel].sort(),
    );
    const invoke = recorded.ipcHandlers.get(ipcChannel('getAppInfo'))!;
    const page = window.loaded[0]!;
    expect(await invoke({ senderFrame: { url: page } }, undefined)).toEqual({
      ok: true,
      value: { version: '0.1.0-test', dataDir, databasePath: path.join(dataDir, 'portfolio.db') },
    });
    expect(await invoke({ senderFrame: { url: 'https://example.com/' } }, undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('uses --data-dir for the portfolio, not userData', () => {
    expect(fs.existsSync(path.join(dataDir, 'portfolio.db'))).toBe(true);
    expect(fs.existsSync(path.join(recorded.userData, 'portfolio.db'))).toBe(false);
  });

  it('serves stored certificates on certificate://', async () => {
    const page = window.loaded[0]!;
    const add = recorded.ipcHandlers.get(ipcChannel('addCertificate'))!;
    const result = (await add(
      { senderFrame: { url: page } },
      { fileName: 'c.pdf', bytes: await pdfBytes('x') },
    )) as {
      ok: true;
      value: { sha256: string };
    };
    const handler = recorded.protocolHandlers.get('certificate')!;
    const response = await handler({ url: `certificate://${result.value.sha256}/` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler({ url: 'certificate://../portfolio.db' })).status).toBe(404);
  });

  it('asks the window to start a packet export from the menu', () => {
    const menu = recorded.menu as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    const file = menu.find((m) => m.label === 'File')!;
    file.submenu!.find((item) => item.label === 'Export packet…')!.click!();
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannel, {
      name: 'menuCommand',
      payload: { command: 'exportPacket' },
    });
  });

  it('relays Import and Export portfolio to the window, which runs them as its own menu does', () => {
    const menu = recorded.menu as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    const file = menu.find((m) => m.label === 'File')!;
    for (const [label, command] of [
      ['Import portfolio…', 'importPortfolio'],
      ['Export portfolio…', 'exportPortfolio'],
    ] as const) {
      file.submenu!.find((item) => item.label === label)!.click!();
      expect(window.webContents.send).toHaveBeenCalledWith(eventChannel, {
        name: 'menuCommand',
        payload: { command },
      });
    }
    const help = menu.find((m) => m.label === 'Help')!;
    help.submenu!.find((item) => item.label === 'Check my portfolio…')!.click!();
    expect(window.webContents.send).toHaveBeenCalledWith(eventChannel, {
      name: 'menuCommand',
      payload: { command: 'checkPortfolio' },
    });
    // No dialog of its own in the main process, and no reload: the window does the work.
    expect(electronStandIn.dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(window.webContents.reload).not.toHaveBeenCalled();
  });

  it('remembers the language chosen in the app and rebuilds its menu in it', async () => {
    const page = window.loaded[0]!;
    const get = recorded.ipcHandlers.get(ipcChannel('getLanguage'))!;
    const set = recorded.ipcHandlers.get(ipcChannel('setLanguage'))!;
    expect(await get({ senderFrame: { url: page } }, undefined)).toEqual({
      ok: true,
      value: { choice: 'system', system: ['en-US'] },
    });
    expect(await set({ senderFrame: { url: page } }, { choice: 'es' })).toMatchObject({ ok: true });
    const menu = recorded.menu as { label?: string }[];
    expect(menu.map((m) => m.label)).toContain('Archivo');
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8')).language).toBe('es');
    await set({ senderFrame: { url: page } }, { choice: 'system' });
    expect((recorded.menu as { label?: string }[]).map((m) => m.label)).toContain('File');
  });

  it('on quit, waits for one last snapshot (or its failure, logged), then quits', async () => {
    const [beforeQuit] = recorded.appListeners.get('before-quit') ?? [];
    expect(beforeQuit).toBeDefined();
    const first = { preventDefault: vi.fn() };
    beforeQuit!(first);
    expect(first.preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(electronStandIn.app.quit).toHaveBeenCalled());
    // The quit that follows goes through.
    const second = { preventDefault: vi.fn() };
    beforeQuit!(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('asks before closing over unsaved changes, and closes only if the person chooses to leave', () => {
    const ask = electronStandIn.dialog.showMessageBoxSync;
    ask.mockReturnValueOnce(1); // Stay
    expect(window.webContents.emit('will-prevent-unload')).toBe(false);
    ask.mockReturnValueOnce(0); // Leave without saving
    expect(window.webContents.emit('will-prevent-unload')).toBe(true);
    expect(ask).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ buttons: ['Leave without saving', 'Stay'], cancelId: 1 }),
    );
  });

  it('showed no error at start', () => {
    expect(recorded.errorBoxes).toEqual([]);
  });
});
