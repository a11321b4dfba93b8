import { appIndexUrl } from './app-protocol';

export interface AppPages {
  /** The built index.html as the app serves it (app://portfolio/index.html). */
  appIndexUrl?: string;
  /** The electron-vite dev server (ELECTRON_RENDERER_URL), in development only. */
  devServerUrl?: string;
}

/**
 * Whether a URL is one of the app's own pages. IPC calls from anything else are refused,
 * so content that somehow ends up in a frame cannot reach the portfolio. file:// pages
 * are never trusted: the app is only ever served from app://.
 */
export function createAppPageCheck(pages: AppPages = {}): (url: string) => boolean {
  const index = new URL(pages.appIndexUrl ?? appIndexUrl);
  const devOrigin = pages.devServerUrl ? safeOrigin(pages.devServerUrl) : null;
  return (url) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol === index.protocol) {
      return (
        parsed.host === index.host && parsed.pathname === index.pathname && !parsed.username && !parsed.port
      );
    }
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
