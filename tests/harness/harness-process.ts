import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import path from 'node:path';
import readline from 'node:readline';

export interface HarnessProcess {
  url: string;
  dataDir: string;
  answerNextSave(filePath: string | null): Promise<void>;
  answerNextOpen(filePath: string | null): Promise<void>;
  answerNextFolder(folderPath: string | null): Promise<void>;
  /** The dialogs the app asked for so far (kind, request, answer). */
  asked(): Promise<{ kind: string; request: Record<string, unknown>; answer: string | null }[]>;
  close(): Promise<void>;
}

/**
 * Starts the harness in its own Node process (through tsx) and drives it over HTTP.
 * Playwright's test loader cannot load every source file the harness needs (it treats
 * files that use import.meta as ES modules), and a separate process is also what a real
 * restart of the app looks like.
 */
export async function launchHarness(options: {
  dataDir: string;
  repoRoot?: string;
  /** The system language the app should see (`--lang`), as a person's computer would report it. */
  lang?: string;
}): Promise<HarnessProcess> {
  const repoRoot = options.repoRoot ?? process.cwd();
  const token = crypto.randomBytes(16).toString('hex');
  const child = spawn(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(repoRoot, 'tests', 'harness', 'serve.ts'),
      '--data-dir',
      options.dataDir,
      ...(options.lang ? ['--lang', options.lang] : []),
    ],
    { cwd: repoRoot, env: { ...process.env, HARNESS_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await waitForReady(child);
  const control = async (route: string, body?: unknown) => {
    const response = await fetch(new URL(`/__harness/control/${route}`, url), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'X-Harness-Token': token, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`Harness control ${route} failed: HTTP ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };
  const answer = async (kind: string, value: string | null) =>
    void (await control('answer', { kind, answer: value }));
  return {
    url,
    dataDir: options.dataDir,
    answerNextSave: (filePath) => answer('save', filePath),
    answerNextOpen: (filePath) => answer('open', filePath),
    answerNextFolder: (folderPath) => answer('folder', folderPath),
    asked: () => control('asked') as ReturnType<HarnessProcess['asked']>,
    close: () => stopProcess(child),
  };
}

function waitForReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
      process.stderr.write(chunk);
    });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const message = JSON.parse(line) as { ready?: string };
        if (message.ready) resolve(message.ready);
      } catch {
        process.stdout.write(`[harness] ${line}\n`);
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`The harness stopped before it was ready (exit ${code}):\n${errors}`)),
    );
    child.once('error', reject);
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
