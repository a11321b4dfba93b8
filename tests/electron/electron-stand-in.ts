import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module under plain Node (importing the real one throws
 * without its binary). It records what the main process registers, so tests can call
 * the registered handlers and check the options passed.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeWebContents {
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly send = vi.fn();
  readonly reload = vi.fn();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires an event as Electron would, returning whether a listener prevented it. */
  emit(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const domEvent = { preventDefault: () => (prevented = true) };
    for (const listener of this.listeners.get(event) ?? []) listener(domEvent, ...args);
    return prevented;
  }
}

export class FakeSession {
  permissionRequestHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  headersReceived:
    | ((
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string[] | string> }) => void,
      ) => void)
    | null = null;
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
  readonly webRequest = {
    onHeadersReceived: (handler: FakeSession['headersReceived']) => {
      this.headersReceived = handler;
    },
  };
}

export const recorded = {
  windows: [] as FakeBrowserWindow[],
  appListeners: new Map<string, Listener[]>(),
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  privilegedSchemes: [] as unknown[],
  ipcHandlers: new Map<string, Listener>(),
  menu: null as unknown,
  errorBoxes: [] as { title: string; content: string }[],
  appRoot: '',
  userData: '',
  systemLanguages: ['en-US'] as string[],
  ready: null as null | (() => void),
};

export class FakeBrowserWindow {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    recorded.windows.push(this);
  }
  loadFile(file: string) {
    this.loaded.push(file);
    return Promise.resolve();
  }
  loadURL(url: string) {
    this.loaded.push(url);
    return Promise.resolve();
  }
  once() {}
  on() {}
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
}

const readyPromise = new Promise<void>((resolve) => {
  recorded.ready = resolve;
});

export const electronStandIn = {
  app: {
    requestSingleInstanceLock: vi.fn(() => true),
    on: (event: string, listener: Listener) => {
      recorded.appListeners.set(event, [...(recorded.appListeners.get(event) ?? []), listener]);
    },
    whenReady: () => readyPromise,
    getPath: () => recorded.userData,
    getAppPath: () => recorded.appRoot,
    getVersion: () => '0.1.0-test',
    getPreferredSystemLanguages: () => recorded.systemLanguages,
    quit: vi.fn(),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privilegedSchemes.push(...schemes),
    handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) =>
      recorded.protocolHandlers.set(scheme, handler),
  },
  session: { defaultSession: new FakeSession() },
  ipcMain: {
    handle: (channel: string, listener: Listener) => recorded.ipcHandlers.set(channel, listener),
    removeHandler: (channel: string) => recorded.ipcHandlers.delete(channel),
  },
  BrowserWindow: FakeBrowserWindow,
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => {
      recorded.menu = menu;
    },
  },
  dialog: {
    showErrorBox: (title: string, content: string) => recorded.errorBoxes.push({ title, content }),
    showMessageBox: vi.fn(async () => ({ response: 0 })),
    showMessageBoxSync: vi.fn((_window: unknown, _options: unknown) => 1),
    showSaveDialog: vi.fn(async () => ({ canceled: true })),
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
  },
  shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
};
