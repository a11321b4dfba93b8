import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Portfolio } from '../../src/core/portfolio';
import { certificateHashFromUrl, certificateResponse } from '../../electron/main/certificate-response';
import { jpegBytes, pdfBytes, removeTempDirs, tempDir } from '../core/fixtures';

let portfolio: Portfolio;
let pdfHash: string;
let jpegHash: string;
let pdf: Uint8Array;

beforeAll(async () => {
  portfolio = Portfolio.open({ dataDir: tempDir() });
  pdf = await pdfBytes('Certificate for the protocol test');
  pdfHash = portfolio.certificates.add('cert.pdf', pdf).sha256;
  jpegHash = portfolio.certificates.add('card.jpg', await jpegBytes()).sha256;
});
afterAll(() => {
  portfolio.close();
  removeTempDirs();
});

const serve = (url: string) => certificateResponse(portfolio.certificates, certificateHashFromUrl(url));

describe('certificate:// URLs', () => {
  it('name a certificate by its SHA-256 only', () => {
    const hash = 'a'.repeat(64);
    expect(certificateHashFromUrl(`certificate://${hash}`)).toBe(hash);
    expect(certificateHashFromUrl(`certificate://${hash}/`)).toBe(hash);
    for (const url of [
      `certificate://${hash}/x`,
      `certificate://${hash}/../../etc/passwd`,
      'certificate://../../etc/passwd',
      'certificate:///etc/passwd',
      `certificate://${hash.slice(1)}`,
      `certificate://${'g'.repeat(64)}`,
      `certificate://${hash}?download=1`,
      `certificate://${hash}#page=2`,
      `certificate://user@${hash}`,
      `certificate://${hash}:8080`,
      `https://${hash}/`,
      `file:///${hash}`,
      'certificate://%2e%2e%2fportfolio.db',
      'not a url',
    ]) {
      expect(certificateHashFromUrl(url), url).toBeNull();
    }
  });
});

describe('serving a certificate', () => {
  it("lets only the app's own page read it (CORS for pdf.js), never every origin", async () => {
    const response = await serve(`certificate://${pdfHash}`);
    expect(response.headers.get('access-control-allow-origin')).toBe('app://portfolio');
    const dev = await certificateResponse(portfolio.certificates, pdfHash, 'http://localhost:5173');
    expect(dev.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });

  it('returns the stored bytes with the stored content type and nosniff', async () => {
    const response = await serve(`certificate://${pdfHash}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);

    const photo = await serve(`certificate://${jpegHash}/`);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for paths, traversal, non-hex and unknown hashes', async () => {
    for (const url of [
      `certificate://${pdfHash}/../portfolio.db`,
      'certificate://../portfolio.db',
      'certificate://portfolio.db',
      `certificate://${'0'.repeat(64)}`,
      `certificate://${pdfHash.toUpperCase().replace(/[0-9]/g, 'Z')}`,
    ]) {
      const response = await serve(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers 404 when the file on disk was removed or changed', async () => {
    const store = portfolio.certificates;
    const changed = store.add('other.pdf', await pdfBytes('To be damaged')).sha256;
    fs.writeFileSync(store.pathOf(changed), 'tampered');
    expect((await serve(`certificate://${changed}`)).status).toBe(404);
    fs.rmSync(store.pathOf(changed));
    expect((await serve(`certificate://${changed}`)).status).toBe(404);
  });
});
