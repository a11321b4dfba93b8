/**
 * The window's Content-Security-Policy. The app:// handler (app-protocol.ts) and the
 * session send it as a header on every app page, src/ui/index.html repeats it as a
 * <meta>, and the test harness sends the same header, so the UI is tested under the
 * policy it ships with.
 *
 * Why each relaxation exists:
 * - style-src 'unsafe-inline': Mantine injects <style> tags and style attributes at run time.
 * - img-src data: blob: certificate:: photo thumbnails, canvas snapshots, and stored
 *   certificates served by hash through the certificate:// protocol.
 * - connect-src certificate:: pdf.js fetches a certificate's bytes by URL for previews.
 * - worker-src blob:: pdf.js falls back to a blob: worker when a module worker is
 *   refused; its own worker file is served from 'self' (app://portfolio).
 * - font-src data:: pdf.js may load a certificate's embedded fonts as data: URLs.
 * Nothing else is loosened: no eval, no remote hosts, no plugins, no frames, no forms.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: certificate:",
  "font-src 'self' data:",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'self' certificate:",
  "worker-src 'self' blob:",
].join('; ');

/**
 * Development only (`electron-vite dev`, page served by Vite): React Refresh injects an
 * inline preamble script and Vite's client talks to its dev server over a WebSocket.
 * Never used for the built app.
 */
export const developmentContentSecurityPolicy = contentSecurityPolicy
  .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self' certificate:", "connect-src 'self' certificate: ws: http://localhost:*");
