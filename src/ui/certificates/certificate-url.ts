const hashPattern = /^[0-9a-f]{64}$/;

/**
 * The one place that builds a certificate's URL. The app serves stored certificates by
 * hash only (no paths) on certificate://<sha256>. The browser test harness cannot serve
 * a custom scheme to an http page, so it sets `window.__ceuCertificateBase` to its own
 * route (tests/harness/README.md); in Electron that global is never set.
 */
export function certificateUrl(sha256: string): string {
  if (!hashPattern.test(sha256)) throw new Error(`Not a certificate hash: ${sha256}`);
  const base = (window as { __ceuCertificateBase?: string }).__ceuCertificateBase ?? 'certificate://';
  return `${base}${sha256}`;
}
