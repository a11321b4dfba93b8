import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CertificateStore, maxCertificateBytes } from '../../../src/core/certificates/certificate-store';
import { openDatabase } from '../../../src/core/db/open-database';
import { UserError } from '../../../src/core/errors';
import {
  heicBytes,
  jpegBytes,
  pdfBytes,
  pngBytes,
  removeTempDirs,
  sha256,
  tempDir,
  webpBytes,
} from '../fixtures';

let dir: string;
let certDir: string;
let db: Database.Database;
let store: CertificateStore;

beforeEach(() => {
  dir = tempDir();
  certDir = path.join(dir, 'certificates');
  db = openDatabase(path.join(dir, 'portfolio.db'));
  store = new CertificateStore(db, certDir, () => new Date('2026-11-24T10:00:00.000Z'));
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
  removeTempDirs();
});

function rejection(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected the store to refuse the file');
}

const rows = () => (db.prepare('SELECT COUNT(*) AS n FROM certificates').get() as { n: number }).n;

describe('CertificateStore.add', () => {
  it('stores a file under its SHA-256 with its type, size and original name', async () => {
    const bytes = await pdfBytes();
    const cert = store.add('Coding certificate.pdf', bytes);
    expect(cert).toEqual({
      sha256: sha256(bytes),
      fileName: 'Coding certificate.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      addedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(store.pathOf(cert.sha256)).toBe(path.join(certDir, cert.sha256));
    expect(new Uint8Array(fs.readFileSync(store.pathOf(cert.sha256)))).toEqual(bytes);
    expect(store.get(cert.sha256)).toEqual(cert);
  });

  it('stores identical bytes once, keeping the first name', async () => {
    const bytes = await jpegBytes();
    const first = store.add('front.jpg', bytes);
    const second = store.add('copy of front.jpeg', bytes);
    expect(second).toEqual(first);
    expect(rows()).toBe(1);
    expect(fs.readdirSync(certDir)).toEqual([first.sha256]);
  });

  it('puts back a missing file when the same bytes are added again', async () => {
    const bytes = await pngBytes();
    const cert = store.add('screenshot.png', bytes);
    fs.rmSync(store.pathOf(cert.sha256));
    expect(store.add('screenshot.png', bytes)).toEqual(cert);
    expect(await store.read(cert.sha256)).toEqual(bytes);
  });

  it('keeps only the base name of a path the window sends', async () => {
    const cert = store.add('C:\\Users\\maria\\Downloads\\cpr-card.pdf', await pdfBytes('cpr'));
    expect(cert.fileName).toBe('cpr-card.pdf');
    const other = store.add('/home/maria/../../etc/passwd.pdf', await pdfBytes('odd'));
    expect(other.fileName).toBe('passwd.pdf');
  });

  it.each([
    ['PDF', 'certificate.pdf', () => pdfBytes(), 'application/pdf'],
    ['JPEG', 'photo.jpg', () => jpegBytes(), 'image/jpeg'],
    ['PNG', 'screenshot.png', () => pngBytes(), 'image/png'],
    ['WebP', 'portal.webp', () => webpBytes(), 'image/webp'],
    ['HEIC', 'IMG_2041.HEIC', async () => heicBytes('heic'), 'image/heic'],
    ['HEIF', 'scan.heif', async () => heicBytes('mif1', ['mif1', 'heic']), 'image/heic'],
    ['a PDF renamed .jpg', 'certificate.jpg', () => pdfBytes('renamed'), 'application/pdf'],
    ['a HEIC photo saved as .jpg', 'IMG_2042.jpg', async () => heicBytes('heic'), 'image/heic'],
    ['a PNG served as .aspx', 'Certificate.aspx', () => pngBytes('#f0f0f0'), 'image/png'],
  ])('decides the type of %s from its bytes', async (_label, name, make, type) => {
    expect(store.add(name, await make()).mediaType).toBe(type);
  });

  it('refuses a text file renamed .pdf, naming the file and the accepted types', () => {
    const error = rejection(() =>
      store.add('certificate.pdf', new TextEncoder().encode('Certificate of completion\nMaria')),
    );
    expect(error.code).toBe('CERTIFICATE_REJECTED');
    expect(error.message).toContain('"certificate.pdf"');
    expect(error.message).toMatch(/is not a PDF, JPEG, PNG, HEIC\/HEIF or WebP file/);
    expect(error.message).toMatch(/contents were checked, not its name/);
    expect(rows()).toBe(0);
    expect(fs.readdirSync(certDir)).toEqual([]);
  });

  it('refuses an unknown type (a Word document)', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(1)]);
    const error = rejection(() => store.add('certificate.docx', docx));
    expect(error.message).toContain('"certificate.docx"');
    expect(error.message).toMatch(/Save the certificate in one of those formats/);
  });

  it('refuses an empty file, naming it and saying what to do', () => {
    const error = rejection(() => store.add('empty.pdf', new Uint8Array()));
    expect(error.code).toBe('CERTIFICATE_REJECTED');
    expect(error.message).toContain('"empty.pdf"');
    expect(error.message).toMatch(/is empty \(0 bytes\)/);
    expect(error.message).toMatch(/Download or scan the certificate again/);
    expect(rows()).toBe(0);
  });

  it('refuses a file over 50 MB, naming it and its size', () => {
    const big = new Uint8Array(maxCertificateBytes + 1);
    big.set(new TextEncoder().encode('%PDF-1.7\n'));
    const error = rejection(() => store.add('huge scan.pdf', big));
    expect(error.code).toBe('CERTIFICATE_REJECTED');
    expect(error.message).toContain('"huge scan.pdf"');
    expect(error.message).toMatch(/is 50\.0 MB; certificates can be at most 50 MB/);
    expect(error.message).toMatch(/lower resolution/);
    expect(fs.readdirSync(certDir)).toEqual([]);
  });

  it('accepts a file of exactly 50 MB', () => {
    const limit = new Uint8Array(maxCertificateBytes);
    limit.set(new TextEncoder().encode('%PDF-1.7\n'));
    expect(store.add('limit.pdf', limit).size).toBe(maxCertificateBytes);
  });

  it('writes through a temporary file in the same folder and renames it into place', async () => {
    const renames: [string, string][] = [];
    const rename = fs.renameSync;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      renames.push([String(from), String(to)]);
      rename(from, to);
    });
    const cert = store.add('a.pdf', await pdfBytes('atomic'));

    expect(renames).toHaveLength(1);
    const [from, to] = renames[0]!;
    expect(to).toBe(store.pathOf(cert.sha256));
    expect(path.dirname(from)).toBe(certDir);
    expect(path.basename(from)).toMatch(/^\..+\.tmp$/);
    expect(fs.readdirSync(certDir)).toEqual([cert.sha256]);
  });

  it('leaves no temporary file and no row when the write fails', async () => {
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    expect(() => store.add('a.pdf', new Uint8Array(Buffer.from('%PDF-1.4 tiny')))).toThrow(/ENOSPC/);
    expect(fs.readdirSync(certDir)).toEqual([]);
    expect(rows()).toBe(0);
  });
});

describe('CertificateStore.read', () => {
  it('returns the stored bytes', async () => {
    const bytes = await pdfBytes('read me');
    const cert = store.add('read.pdf', bytes);
    expect(await store.read(cert.sha256)).toEqual(bytes);
  });

  it('detects a damaged file', async () => {
    const cert = store.add('damaged.pdf', await pdfBytes('damaged'));
    const file = store.pathOf(cert.sha256);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10]! ^= 0xff;
    fs.writeFileSync(file, bytes);
    await expect(store.read(cert.sha256)).rejects.toThrow(
      /has been changed or damaged on disk\. Attach it again/,
    );
  });

  it('says when the file is missing', async () => {
    const cert = store.add('missing.pdf', await pdfBytes('missing'));
    fs.rmSync(store.pathOf(cert.sha256));
    await expect(store.read(cert.sha256)).rejects.toThrow(
      /is missing from the data folder\. Attach it again/,
    );
  });

  it('refuses anything that is not a certificate id (no paths)', async () => {
    await expect(store.read('../portfolio.db')).rejects.toThrow(/not a certificate id/);
    expect(() => store.pathOf('A'.repeat(64))).toThrow(UserError);
  });
});

describe('CertificateStore.readSync (the packet builder reads this way, off the UI thread)', () => {
  it('returns the stored bytes', async () => {
    const bytes = await pdfBytes('read me at once');
    const cert = store.add('read-sync.pdf', bytes);
    expect(store.readSync(cert.sha256)).toEqual(bytes);
  });

  it('detects a damaged file and a missing one, with the same words as read', async () => {
    const damaged = store.add('damaged-sync.pdf', await pdfBytes('damaged at once'));
    const file = store.pathOf(damaged.sha256);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10]! ^= 0xff;
    fs.writeFileSync(file, bytes);
    expect(() => store.readSync(damaged.sha256)).toThrow(
      /has been changed or damaged on disk\. Attach it again/,
    );

    const missing = store.add('missing-sync.pdf', await pdfBytes('missing at once'));
    fs.rmSync(store.pathOf(missing.sha256));
    expect(() => store.readSync(missing.sha256)).toThrow(/is missing from the data folder\. Attach it again/);
  });

  it('refuses anything that is not a certificate id (no paths)', () => {
    expect(() => store.readSync('../portfolio.db')).toThrow(/not a certificate id/);
  });
});
