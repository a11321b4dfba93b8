import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSession, FakeWebContents, electronStandIn } from './electron-stand-in';

vi.mock('electron', async () => (await import('./electron-stand-in')).electronStandIn);

const { guardWebContents, hardenSession, mainWindowOptions } =
  await import('../../electron/main/window-security');
const { contentSecurityPolicy } = await import('../../electron/main/content-security-policy');
const { appMenuTemplate } = await import('../../electron/main/app-menu');

beforeEach(() => {
  electronStandIn.shell.openExternal.mockClear();
});

describe('the main window', () => {
  it('isolates the page from Node and from the preload', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.js', false).webPreferences!;
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures ?? false).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.preload).toBe('/app/out/preload/index.js');
    expect(prefs.devTools).toBe(false);
  });
});

describe('the page cannot leave the app', () => {
  it('prevents every navigation and redirect', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never);
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-attach-webview')).toBe(true);
  });

  it('denies every new window and opens only https links in the browser', () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as never);
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://www.aama-ntl.org/' })).toEqual({ action: 'deny' });
    expect(electronStandIn.shell.openExternal).toHaveBeenCalledWith('https://www.aama-ntl.org/');
    for (const url of [
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'certificate://ab',
      'not a url',
    ]) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(electronStandIn.shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('the session', () => {
  const session = new FakeSession();
  hardenSession(session as never, contentSecurityPolicy, (url) => url.startsWith('http://localhost:5173/'));

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler!(null, permission, 'file://', {})).toBe(false);
    }
  });

  it('sends the Content-Security-Policy on app pages, replacing any other', () => {
    let headers: Record<string, string[] | string> | undefined;
    session.headersReceived!(
      {
        url: 'http://localhost:5173/',
        responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      },
      (response) => (headers = response.responseHeaders),
    );
    expect(headers!['Content-Security-Policy']).toEqual([contentSecurityPolicy]);
    expect(headers!['content-security-policy']).toBeUndefined();
    expect(headers!['Content-Type']).toEqual(['text/html']);
  });

  it('leaves responses that are not app pages alone', () => {
    let headers: Record<string, string[] | string> | undefined;
    session.headersReceived!(
      { url: 'https://example.com/', responseHeaders: { A: ['b'] } },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers).toEqual({ A: ['b'] });
  });
});

describe('the Content-Security-Policy', () => {
  const directives = new Map(
    contentSecurityPolicy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('shuts out plugins, frames, base and form targets', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('reaches certificates only through certificate://, and no remote host', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'certificate:']);
    expect(directives.get('connect-src')).toEqual(["'self'", 'certificate:']);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(contentSecurityPolicy).not.toMatch(/https?:/);
  });

  it('is the same policy as the <meta> in index.html', () => {
    const html = fs.readFileSync(path.resolve('src/ui/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy);
  });
});

describe('the menu', () => {
  const actions = {
    exportPacket: vi.fn(),
    importPortfolio: vi.fn(),
    exportPortfolio: vi.fn(),
    backups: vi.fn(),
    checkPortfolio: vi.fn(),
    showAbout: vi.fn(),
    openDataFolder: vi.fn(),
  };
  const labels = (template: ReturnType<typeof appMenuTemplate>) =>
    JSON.stringify(template, (key, value: unknown) => (key === 'click' ? undefined : value));

  it('has the file, help and view commands, without developer tools in production', () => {
    const template = appMenuTemplate(actions, { allowDevTools: false, isMac: false });
    const text = labels(template);
    for (const label of [
      'Export packet…',
      'Import portfolio…',
      'Export portfolio…',
      'About CEU Portfolio',
      'Open data folder',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).toContain('"role":"quit"');
    expect(text).toContain('"role":"editMenu"');
    expect(text).not.toContain('toggleDevTools');
    expect(labels(appMenuTemplate(actions, { allowDevTools: true, isMac: false }))).toContain(
      'toggleDevTools',
    );
  });

  it('speaks the person’s language', () => {
    const text = labels(appMenuTemplate(actions, { allowDevTools: false, isMac: false, language: 'es' }));
    for (const label of [
      'Archivo',
      'Exportar paquete…',
      'Revisar mi portafolio…',
      'Abrir la carpeta de datos',
    ])
      expect(text).toContain(label);
    expect(text).not.toContain('Export packet');
  });

  it('runs the matching action for each command', () => {
    const template = appMenuTemplate(actions, { allowDevTools: false, isMac: false });
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    const click = (label: string) => (items.find((item) => item.label === label)!.click as () => void)();
    click('Export packet…');
    click('Import portfolio…');
    click('Open data folder');
    expect(actions.exportPacket).toHaveBeenCalledOnce();
    expect(actions.importPortfolio).toHaveBeenCalledOnce();
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
  });
});
