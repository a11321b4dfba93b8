import { appOrigin } from './app-protocol';
import type { CertificateStore } from '../../src/core/certificates/certificate-store';

const hashPattern = /^[0-9a-f]{64}$/;

/**
 * The hash named by a certificate:// URL, or null for anything else. Only
 * `certificate://<64 hex>` (with an optional trailing slash) names a certificate: no
 * paths, no queries, no other hosts, so a URL can never reach a file by name.
 */
export function certificateHashFromUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'certificate:') return null;
  if (parsed.username || parsed.password || parsed.port || parsed.search || parsed.hash) return null;
  if (parsed.pathname !== '' && parsed.pathname !== '/') return null;
  return hashPattern.test(parsed.hostname) ? parsed.hostname : null;
}

/**
 * A stored certificate's bytes as an HTTP-style response, with the content type the
 * store recorded (decided from the bytes when it was added) and nosniff, so the window
 * never reinterprets a certificate as something else. 404 for anything not stored.
 */
export async function certificateResponse(
  store: CertificateStore,
  hash: string | null,
  allowOrigin: string = appOrigin,
): Promise<Response> {
  const record = hash ? store.get(hash) : null;
  if (!hash || !record) return notFound();
  let bytes: Uint8Array;
  try {
    bytes = await store.read(hash);
  } catch {
    return notFound();
  }
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'Content-Type': record.mediaType,
      'Content-Length': String(bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      // The bytes never change for a hash, but a cleaned-up certificate must not linger.
      'Cache-Control': 'no-cache',
      // pdf.js fetches the bytes from the app's page: only that origin may read them
      // (the dev server's origin in development).
      'Access-Control-Allow-Origin': allowOrigin,
      Vary: 'Origin',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
