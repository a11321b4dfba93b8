import { pathToFileURL } from 'node:url';

export interface AppPages {
  /** The built index.html the app loads from disk. */
  indexFile: string;
  /** The electron-vite dev server (ELECTRON_RENDERER_URL), in development only. */
  devServerUrl?: string;
}

/**
 * Whether a URL is one of the app's own pages. IPC calls from anything else are refused,
 * so content that somehow ends up in a frame cannot reach the portfolio.
 */
export function createAppPageCheck(pages: AppPages): (url: string) => boolean {
  const indexUrl = pathToFileURL(pages.indexFile).href;
  const devOrigin = pages.devServerUrl ? safeOrigin(pages.devServerUrl) : null;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol === 'file:') return parsed.host === '' && `file://${parsed.pathname}` === indexUrl;
    return devOrigin !== null && parsed.origin === devOrigin;
  };
}

function safeOrigin(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
