import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * The app's pages are served from app://portfolio/ instead of file://: a real origin
 * (so CORS can name it instead of "*"), a CSP sent as a header, and a handler that can
 * only ever read files inside the built renderer folder.
 */
export const appScheme = 'app';
export const appHost = 'portfolio';
export const appOrigin = `${appScheme}://${appHost}`;
export const appIndexUrl = `${appOrigin}/index.html`;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The file under rendererDir that an app:// URL names, or null for anything that is not
 * plainly one of its files: another scheme or host, `..` (raw or percent-encoded),
 * backslashes, NUL, or a path that resolves outside the folder.
 */
export function appFileForUrl(rendererDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost) return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative.split('/').some((part) => part === '..' || part === '.')) return null;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative}`);
  if (!file.startsWith(root + path.sep)) return null;
  return file;
}

export function contentTypeFor(file: string): string {
  return contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The response for one app:// request: the file with its type and the CSP, or 404. */
export async function appFileResponse(rendererDir: string, url: string, csp: string): Promise<Response> {
  const file = appFileForUrl(rendererDir, url);
  if (!file) return notFound();
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return notFound();
    // Symbolic links must not lead out of the folder either.
    const real = await fs.realpath(file);
    const realRoot = await fs.realpath(rendererDir);
    if (!real.startsWith(realRoot + path.sep)) return notFound();
    bytes = await fs.readFile(real);
  } catch {
    return notFound();
  }
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': contentTypeFor(file),
      'Content-Length': String(bytes.byteLength),
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
