import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appFileForUrl, appFileResponse, appIndexUrl } from '../../electron/main/app-protocol';
import { removeTempDirs, tempDir } from '../core/fixtures';

const root = tempDir('ceu-renderer-');
const rendererDir = path.join(root, 'renderer');
fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>CEU</title>');
fs.writeFileSync(path.join(rendererDir, 'assets', 'index-1.js'), 'console.log(1)');
fs.writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
fs.writeFileSync(path.join(rendererDir, 'assets', 'pdf.worker.mjs'), '');
fs.writeFileSync(path.join(root, 'secret.txt'), 'outside');
fs.symlinkSync(path.join(root, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
afterAll(removeTempDirs);

const csp = "default-src 'self'";

describe('app:// serves the built window and nothing else', () => {
  it('serves index.html with the CSP header, nosniff and its content type', async () => {
    const response = await appFileResponse(rendererDir, appIndexUrl, csp);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(csp);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>CEU</title>');
  });

  it('gives scripts, styles and module workers their content types', async () => {
    const type = async (file: string) =>
      (await appFileResponse(rendererDir, `app://portfolio/assets/${file}`, csp)).headers.get('content-type');
    expect(await type('index-1.js')).toBe('text/javascript; charset=utf-8');
    expect(await type('pdf.worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(await type('app.css')).toBe('text/css; charset=utf-8');
  });

  it('ignores a query and a hash', async () => {
    expect((await appFileResponse(rendererDir, `${appIndexUrl}?x=1#/packet`, csp)).status).toBe(200);
  });

  it.each([
    'app://portfolio/../secret.txt',
    'app://portfolio/assets/%2e%2e/%2e%2e/secret.txt',
    'app://portfolio/%2E%2E%2Fsecret.txt',
    'app://portfolio/assets/..%2F..%2Fsecret.txt',
    'app://portfolio/assets/..%5C..%5Csecret.txt',
    'app://portfolio/assets/%00index-1.js',
    'app://portfolio/%E0%A4%A',
    'app://portfolio/assets/link.txt',
    'app://portfolio/assets',
    'app://portfolio/missing.js',
    'app://other/index.html',
    'app://user@portfolio/index.html',
    'app://portfolio:8080/index.html',
    'file:///etc/passwd',
    'https://portfolio/index.html',
    'not a url',
  ])('answers 404 for %s', async (url) => {
    const response = await appFileResponse(rendererDir, url, csp);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });

  it('never names a file outside the folder', () => {
    // The URL parser folds `..` and `%2e%2e` segments away before the handler sees them:
    // what is left stays inside the folder.
    expect(appFileForUrl(rendererDir, 'app://portfolio/../../etc/passwd')).toBe(
      path.join(rendererDir, 'etc', 'passwd'),
    );
    expect(appFileForUrl(rendererDir, 'app://portfolio/%2e%2e/%2e%2e/etc/passwd')).toBe(
      path.join(rendererDir, 'etc', 'passwd'),
    );
    // An encoded slash hides a `..` from the parser: refused after decoding.
    expect(appFileForUrl(rendererDir, 'app://portfolio/..%2F..%2Fetc/passwd')).toBeNull();
    expect(appFileForUrl(rendererDir, 'app://portfolio/')).toBe(path.join(rendererDir, 'index.html'));
  });
});
