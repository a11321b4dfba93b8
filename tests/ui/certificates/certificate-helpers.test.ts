import { afterEach, describe, expect, it } from 'vitest';
import {
  canShowInline,
  certificateTypeName,
  formatFileSize,
} from '../../../src/ui/certificates/certificate-format';
import { certificateUrl } from '../../../src/ui/certificates/certificate-url';

const sha = '0123456789abcdef'.repeat(4);
const globals = globalThis as { window?: { __ceuCertificateBase?: string } };

describe('certificateUrl', () => {
  afterEach(() => {
    delete globals.window;
  });

  it('names a certificate by hash on the certificate:// scheme in the app', () => {
    globals.window = {};
    expect(certificateUrl(sha)).toBe(`certificate://${sha}`);
  });

  it('uses the base the browser harness sets', () => {
    globals.window = { __ceuCertificateBase: '/certificate/' };
    expect(certificateUrl(sha)).toBe(`/certificate/${sha}`);
  });

  it('refuses anything that is not a hash, so no URL can name a path', () => {
    globals.window = {};
    expect(() => certificateUrl('../../etc/passwd')).toThrow();
    expect(() => certificateUrl(sha.toUpperCase())).toThrow();
  });
});

describe('certificate descriptions', () => {
  it('describe type and size in words', () => {
    expect(certificateTypeName('application/pdf')).toBe('PDF');
    expect(certificateTypeName('image/heic')).toBe('HEIC photo');
    expect(formatFileSize(900)).toBe('900 bytes');
    expect(formatFileSize(5 * 1024)).toBe('5.0 KB');
    expect(formatFileSize(300 * 1024)).toBe('300 KB');
    expect(formatFileSize(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });

  it('show images inline except HEIC, which Chromium cannot draw', () => {
    expect(canShowInline('image/png')).toBe(true);
    expect(canShowInline('image/heic')).toBe(false);
    expect(canShowInline('application/pdf')).toBe(false);
  });
});
