import type http from 'node:http';
import type { ScriptedDialogs } from './scripted-dialogs';

/**
 * How a test in another process drives the harness: queue dialog answers and read what
 * was asked. Each request must carry the token the harness was started with (the page
 * is same-origin but never sees the token), so the app under test cannot answer its own
 * dialogs.
 */
export async function answerControl(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  route: string,
  body: () => Promise<string>,
  token: string,
  dialogs: ScriptedDialogs,
): Promise<void> {
  const reply = (status: number, value: unknown) => {
    response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(value));
  };
  if (request.headers['x-harness-token'] !== token) return reply(403, { error: 'wrong token' });
  if (request.method === 'GET' && route === 'asked') return reply(200, dialogs.asked);
  if (request.method === 'POST' && route === 'answer') {
    const { kind, answer } = JSON.parse(await body()) as {
      kind: 'save' | 'open' | 'folder';
      answer: string | null;
    };
    if (kind === 'save') dialogs.answerNextSave(answer);
    else if (kind === 'open') dialogs.answerNextOpen(answer);
    else if (kind === 'folder') dialogs.answerNextFolder(answer);
    else return reply(400, { error: `unknown dialog kind ${String(kind)}` });
    return reply(200, { queued: kind });
  }
  return reply(404, { error: `no control route ${route}` });
}
