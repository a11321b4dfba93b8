import { decodeMessage, encodeMessage } from './transport-encoding';

/**
 * What the REAL preload gets when it imports 'electron' in the harness: Electron's IPC
 * transport replaced by HTTP to the harness server. Nothing else of the preload changes.
 * - ipcRenderer.invoke(channel, input) → POST /ipc/<channel>
 * - ipcRenderer.on(channel, listener)  → the server's event stream (/events)
 * - contextBridge.exposeInMainWorld     → a property of window (one world here)
 */
type Listener = (event: { sender: null }, message: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

// Opened at once so no event sent while the page starts is missed.
const events = new EventSource('/events');
events.onmessage = (message: MessageEvent<string>) => {
  const { channel, payload } = decodeMessage(message.data) as { channel: string; payload: unknown };
  for (const listener of listeners.get(channel) ?? []) listener({ sender: null }, payload);
};

export const ipcRenderer = {
  async invoke(channel: string, input: unknown): Promise<unknown> {
    const response = await fetch(`/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: encodeMessage({ input }),
    });
    if (!response.ok) throw new Error(`IPC ${channel} failed: HTTP ${response.status}`);
    return decodeMessage(await response.text());
  },
  on(channel: string, listener: Listener): void {
    if (!listeners.has(channel)) listeners.set(channel, new Set());
    listeners.get(channel)!.add(listener);
  },
  removeListener(channel: string, listener: Listener): void {
    listeners.get(channel)?.delete(listener);
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, value: unknown): void {
    (window as unknown as Record<string, unknown>)[key] = value;
  },
};

// An http page cannot load certificate:// URLs: the harness serves them at /certificate/<hash>.
// src/ui/certificates/certificate-url.ts reads this (see tests/harness/README.md).
(window as unknown as Record<string, unknown>).__ceuCertificateBase = '/certificate/';
