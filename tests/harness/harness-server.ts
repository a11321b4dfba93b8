import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { eventChannel } from '../../src/api/contract';
import { Portfolio } from '../../src/core/portfolio';
import { finishInterruptedRestore } from '../../src/core/backup';
import { createInProcessJobRunner } from '../../src/core/jobs';
import { createApiHandlers, createJobHandlers } from '../../electron/main/api-handlers';
import { acquirePortfolioLockNow } from '../../src/core/lock/portfolio-lock';
import { repairDataFolder } from '../../src/core/verify/repair-data-folder';
import { type ApiInvokeEvent, type ApiTransport, bindApi } from '../../electron/main/bind-api';
import { bindJobs } from '../../electron/main/bind-jobs';
import { certificateResponse } from '../../electron/main/certificate-response';
import { contentSecurityPolicy } from '../../electron/main/content-security-policy';
import type { Dialogs } from '../../electron/main/dialog-requests';
import { type ErrorLog, createErrorLog } from '../../electron/main/error-log';
import { createWorkerJobRunner } from '../../electron/main/worker-job-runner';
import { answerControl } from './control-routes';
import { preloadForBrowser } from './preload-bundle';
import { ScriptedDialogs } from './scripted-dialogs';
import { decodeMessage, encodeMessage } from './transport-encoding';

export interface HarnessOptions {
  dataDir: string;
  /** The project folder (out/, resources/ and electron/ are found from it). */
  repoRoot?: string;
  /** The built renderer to serve; out/renderer by default. */
  rendererDir?: string;
  /** Answers to file dialogs; scripted by the test when omitted. */
  dialogs?: Dialogs;
  /** The clock the portfolio uses ("today"). */
  now?: () => Date;
  port?: number;
  /** 'worker' runs long jobs on the built worker (out/main/job-worker.js), as the app does. */
  jobs?: 'worker' | 'in-process';
  log?: ErrorLog;
  /** Enables /__harness/control/* for a test in another process (see harness-process.ts). */
  controlToken?: string;
  /**
   * The "system language" the app reads, as Electron reports the system's (`--lang es`).
   * Without it the window follows the browser's own language.
   */
  systemLanguages?: string[];
}

export interface Harness {
  /** The app page to open in the browser. */
  url: string;
  dataDir: string;
  portfolio: Portfolio;
  /** The dialogs when scripted (the default). */
  dialogs: ScriptedDialogs;
  answerNextSave(filePath: string | null): void;
  answerNextOpen(filePath: string | null): void;
  answerNextFolder(folderPath: string | null): void;
  close(): Promise<void>;
}

const maxRequestBytes = 200 * 1024 * 1024;
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
};

/**
 * Runs the app without Electron: the built renderer over HTTP on 127.0.0.1, the real
 * preload (with an HTTP stand-in for Electron's IPC), the real bindApi and handlers, the
 * real core on a real data folder. Only the transport differs from the app.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const repoRoot = options.repoRoot ?? process.cwd();
  const rendererDir = path.resolve(options.rendererDir ?? path.join(repoRoot, 'out', 'renderer'));
  const indexFile = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    throw new Error(
      `The renderer is not built (${indexFile} is missing): run "npx electron-vite build" first.`,
    );
  }
  const preloadScript = await preloadForBrowser(repoRoot);
  const log = options.log ?? createErrorLog(options.dataDir);
  // The harness owns its portfolio as the app does: the writer lock first, then open and tidy.
  const writerLock = acquirePortfolioLockNow(options.dataDir, { holder: 'app' });
  let portfolio: Portfolio;
  try {
    finishInterruptedRestore(options.dataDir);
    portfolio = Portfolio.open({ dataDir: options.dataDir, now: options.now });
  } catch (error) {
    await writerLock.release();
    throw error;
  }
  repairDataFolder(portfolio);
  const scripted = new ScriptedDialogs();
  const dialogs = options.dialogs ?? scripted;
  const eventStreams = new Set<http.ServerResponse>();
  const ipcHandlers = new Map<string, (event: ApiInvokeEvent, input: unknown) => Promise<unknown>>();
  const transport: ApiTransport = {
    handle: (channel, listener) => void ipcHandlers.set(channel, listener),
    removeHandler: (channel) => void ipcHandlers.delete(channel),
  };

  const emit = (name: string, payload: unknown) => {
    const data = encodeMessage({ channel: eventChannel, payload: { name, payload } });
    for (const stream of eventStreams) stream.write(`data: ${data}\n\n`);
  };
  const workerScript = path.join(repoRoot, 'out', 'main', 'job-worker.js');
  const useWorker = (options.jobs ?? 'worker') === 'worker' && fs.existsSync(workerScript);
  const jobContext = { dataDir: options.dataDir };
  const jobs = useWorker
    ? createWorkerJobRunner({ scriptPath: workerScript, context: jobContext })
    : createInProcessJobRunner(jobContext);
  const version = (
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const context = {
    portfolio,
    appVersion: version,
    dialogs,
    emit,
    sampleDir: path.join(repoRoot, 'resources', 'sample'),
    jobs,
    log,
    systemLanguages: () => options.systemLanguages ?? [],
  };

  let origin = '';
  const bindOptions = {
    isTrustedSender: (url: string) => {
      try {
        return new URL(url).origin === origin;
      } catch {
        return false;
      }
    },
    log,
  };
  bindApi(transport, createApiHandlers(context), bindOptions);
  bindJobs(transport, createJobHandlers(context), { ...bindOptions, emit });

  const server = http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log('harness', error);
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end('Harness error');
    });
  });

  async function route(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const pathname = decodeURIComponent(url.pathname);
    if (request.method === 'POST' && pathname.startsWith('/ipc/'))
      return await answerIpc(request, response, pathname.slice(5));
    if (options.controlToken && pathname.startsWith('/__harness/control/')) {
      const route = pathname.slice('/__harness/control/'.length);
      return await answerControl(
        request,
        response,
        route,
        () => readBody(request),
        options.controlToken,
        scripted,
      );
    }
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain', 'Method not allowed');
    if (pathname === '/events') return openEventStream(response);
    if (pathname === '/__harness/preload.js') return send(response, 200, contentTypes['.js']!, preloadScript);
    if (pathname.startsWith('/certificate/')) {
      const hash = pathname.slice('/certificate/'.length);
      return await relay(
        response,
        await certificateResponse(portfolio.certificates, /^[0-9a-f]{64}$/.test(hash) ? hash : null),
      );
    }
    if (pathname === '/' || pathname === '/index.html')
      return send(response, 200, contentTypes['.html']!, appPage());
    return serveStatic(response, pathname);
  }

  async function answerIpc(request: http.IncomingMessage, response: http.ServerResponse, channel: string) {
    const handler = ipcHandlers.get(channel);
    if (!handler) return send(response, 404, 'text/plain', `No handler for ${channel}`);
    const body = await readBody(request);
    const { input } = decodeMessage(body) as { input: unknown };
    // As in Electron: the sender is the frame that called, here the page named by Referer.
    const event: ApiInvokeEvent = { senderFrame: { url: request.headers.referer ?? '' } };
    const result = await handler(event, input);
    send(response, 200, 'application/json', encodeMessage(result));
  }

  function openEventStream(response: http.ServerResponse) {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    eventStreams.add(response);
    response.on('close', () => eventStreams.delete(response));
  }

  function appPage(): string {
    const html = fs.readFileSync(indexFile, 'utf8');
    // A classic script in <head> runs before the app's (deferred) module script, just as
    // Electron runs the preload before the page.
    return html.replace('</head>', '  <script src="/__harness/preload.js"></script>\n  </head>');
  }

  function serveStatic(response: http.ServerResponse, pathname: string) {
    const file = path.resolve(rendererDir, `.${pathname}`);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return send(response, 404, 'text/plain', 'Not found');
    }
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    send(response, 200, type, fs.readFileSync(file));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/`,
    dataDir: options.dataDir,
    portfolio,
    dialogs: scripted,
    answerNextSave: (filePath) => scripted.answerNextSave(filePath),
    answerNextOpen: (filePath) => scripted.answerNextOpen(filePath),
    answerNextFolder: (folderPath) => scripted.answerNextFolder(folderPath),
    async close() {
      for (const stream of eventStreams) stream.end();
      eventStreams.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      portfolio.close();
      await writerLock.release();
    },
  };
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

async function relay(response: http.ServerResponse, web: Response) {
  const headers: Record<string, string> = {};
  web.headers.forEach((value, name) => {
    headers[name] = value;
  });
  response.writeHead(web.status, headers);
  response.end(Buffer.from(await web.arrayBuffer()));
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxRequestBytes) {
        reject(new Error('Request too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
