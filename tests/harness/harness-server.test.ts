import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/content-security-policy';
import { pdfBytes, removeTempDirs, tempDir } from '../core/fixtures';
import { type Harness, startHarness } from './harness-server';
import { decodeMessage, encodeMessage } from './transport-encoding';

/**
 * The harness's own plumbing, without a browser: what it serves, the stand-in IPC with
 * its sender check and byte arrays, certificates by hash, and the control routes.
 */
let harness: Harness;
const token = 'test-token';

beforeAll(async () => {
  const rendererDir = tempDir('ceu-renderer-');
  fs.writeFileSync(
    path.join(rendererDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>',
  );
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  harness = await startHarness({
    dataDir: tempDir('ceu-harness-'),
    rendererDir,
    jobs: 'in-process',
    controlToken: token,
  });
});
afterAll(async () => {
  await harness.close();
  removeTempDirs();
});

const ipc = async (channel: string, input: unknown, referer = harness.url) => {
  const response = await fetch(new URL(`/ipc/${channel}`, harness.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Referer: referer },
    body: encodeMessage({ input }),
  });
  return decodeMessage(await response.text()) as { ok: boolean; value?: unknown; error?: { code: string } };
};

describe('the harness server', () => {
  it('serves the app page under the app policy, with the real preload before the app script', async () => {
    const response = await fetch(harness.url);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    const html = await response.text();
    expect(html.indexOf('/__harness/preload.js')).toBeGreaterThan(0);
    const preload = await (await fetch(new URL('/__harness/preload.js', harness.url))).text();
    expect(preload).toContain('exposeInMainWorld');
    expect(preload).toContain('/ipc/');
    expect(preload).not.toMatch(/require\(["']electron["']\)/);
  });

  it('serves built files and nothing outside the renderer folder', async () => {
    expect((await fetch(new URL('/assets/app.js', harness.url))).status).toBe(200);
    expect((await fetch(new URL('/../package.json', harness.url))).status).toBe(404);
    // Encoded slashes survive URL normalisation and decode to ../ on the server: still refused.
    expect((await fetch(new URL('/..%2f..%2fpackage.json', harness.url))).status).toBe(404);
    expect((await fetch(new URL('/assets%2f..%2f..%2f..%2fpackage.json', harness.url))).status).toBe(404);
  });

  it('carries calls to the real handlers, byte arrays intact, and refuses other pages', async () => {
    expect(await ipc('ceu:getHolder', undefined)).toEqual({ ok: true, value: null });
    const bytes = await pdfBytes('Harness transport');
    const added = (await ipc('ceu:addCertificate', { fileName: 'c.pdf', bytes })) as {
      ok: true;
      value: { sha256: string; size: number };
    };
    expect(added.ok).toBe(true);
    expect(added.value.size).toBe(bytes.length);
    expect(await ipc('ceu:getHolder', undefined, 'http://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const certificate = await fetch(new URL(`/certificate/${added.value.sha256}`, harness.url));
    expect(certificate.headers.get('content-type')).toBe('application/pdf');
    expect(certificate.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await certificate.arrayBuffer())).toEqual(bytes);
    expect((await fetch(new URL('/certificate/portfolio.db', harness.url))).status).toBe(404);
  });

  it('takes dialog answers only with its token', async () => {
    const control = (headers: Record<string, string>) =>
      fetch(new URL('/__harness/control/answer', harness.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ kind: 'save', answer: '/tmp/x.pdf' }),
      });
    expect((await control({})).status).toBe(403);
    expect((await control({ 'X-Harness-Token': token })).status).toBe(200);
  });
});

describe('the transport encoding', () => {
  it('round-trips byte arrays (and Buffers) as plain Uint8Arrays inside any value', () => {
    const bytes = new Uint8Array([0, 1, 2, 253, 254, 255]);
    const decoded = decodeMessage(
      encodeMessage({ a: [bytes, { b: Buffer.from('hi') }], n: 1, s: 'x', z: null }),
    ) as {
      a: [Uint8Array, { b: Uint8Array }];
    };
    expect(decoded.a[0]).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(decoded.a[0])).toBe(false);
    expect([...decoded.a[0]]).toEqual([...bytes]);
    expect(new TextDecoder().decode(decoded.a[1].b)).toBe('hi');
    expect(decoded).toMatchObject({ n: 1, s: 'x', z: null });
  });
});
