import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type ApiError, ipcChannel, operationNames } from '../../src/api/contract';
import { UserError } from '../../src/core/errors';
import { type MessageKey, translator } from '../../src/domain/i18n/translator';
import {
  type ApiHandlers,
  type ApiInvokeEvent,
  type ApiTransport,
  bindApi,
} from '../../electron/main/bind-api';
import { createAppPageCheck } from '../../electron/main/trusted-pages';
import { removeTempDirs, tempDir } from '../core/fixtures';

afterAll(removeTempDirs);

const appPage = 'app://portfolio/index.html';

/** A stand-in ipcMain that records handlers, and invokes them as a frame would. */
function recordingTransport() {
  const handlers = new Map<string, (event: ApiInvokeEvent, input: unknown) => Promise<unknown>>();
  const transport: ApiTransport = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const invoke = (name: string, input: unknown, url = appPage) =>
    handlers.get(ipcChannel(name as never))!({ senderFrame: { url } }, input) as Promise<
      | { ok: true; value: unknown }
      | { ok: false; error: { code: string; message: string; details?: unknown } }
    >;
  return { transport, handlers, invoke };
}

function handlersWith(overrides: Partial<Record<string, (input: unknown) => unknown>>): ApiHandlers {
  const all: Record<string, (input: unknown) => unknown> = {};
  for (const name of operationNames) all[name] = overrides[name] ?? (() => null);
  return all as unknown as ApiHandlers;
}

function bind(overrides: Partial<Record<string, (input: unknown) => unknown>> = {}) {
  const t = recordingTransport();
  const log = vi.fn();
  const unbind = bindApi(t.transport, handlersWith(overrides), {
    isTrustedSender: createAppPageCheck(),
    log,
  });
  return { ...t, log, unbind };
}

describe('bindApi', () => {
  it('registers one handler per operation, on its channel, and removes them all', () => {
    const { handlers, unbind } = bind();
    expect([...handlers.keys()].sort()).toEqual(operationNames.map(ipcChannel).sort());
    unbind();
    expect(handlers.size).toBe(0);
  });

  it('returns the value as {ok: true, value}', async () => {
    const { invoke } = bind({ getAppInfo: () => ({ version: '1', dataDir: '/d', databasePath: '/d/p.db' }) });
    expect(await invoke('getAppInfo', undefined)).toEqual({
      ok: true,
      value: { version: '1', dataDir: '/d', databasePath: '/d/p.db' },
    });
  });

  it('refuses a call from a frame that is not the app page, without running the handler', async () => {
    const saveHolder = vi.fn();
    const { invoke, log } = bind({ saveHolder });
    for (const url of [
      'https://evil.example/',
      'file:///tmp/other.html',
      'file:///opt/ceu/out/renderer/index.html.evil',
      '',
    ]) {
      const result = await invoke('saveHolder', { fullName: 'Jo' }, url);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(saveHolder).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalled();
  });

  it('accepts the app page with a route in its hash', async () => {
    const { invoke } = bind({ getHolder: () => null });
    expect(await invoke('getHolder', undefined, `${appPage}#/activities`)).toEqual({ ok: true, value: null });
  });

  it('parses the input: bad input is INVALID_INPUT naming each field, and the handler never runs', async () => {
    const saveActivity = vi.fn();
    const { invoke } = bind({ saveActivity });
    const result = await invoke('saveActivity', {
      activity: { title: '', provider: 'AAMA', kind: 'webinar', completedOn: '2025-02-30' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message).toContain('activity.title');
    expect(result.error.message).toContain('The course title is required.');
    expect(result.error.message).toContain('activity.completedOn');
    // The window says the same in Spanish from the key and values sent beside the English.
    const said = (result.error as ApiError).said!;
    const spanish = translator('es')(said.key as MessageKey, said.values);
    expect(spanish).toMatch(/^Hay que corregir algo de lo que escribió antes de guardarlo \(/);
    expect(spanish).toContain('activity.title: Falta el título del curso.');
    expect(spanish).toContain('activity.completedOn: Esa fecha no existe en el calendario.');
    expect(translator('en')(said.key as MessageKey, said.values)).toBe(result.error.message);
    const fields = (result.error.details as { fields: { path: string }[] }).fields.map((f) => f.path);
    expect(fields).toEqual(
      expect.arrayContaining([
        'activity.title',
        'activity.kind',
        'activity.delivery',
        'activity.completedOn',
      ]),
    );
    expect(saveActivity).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed input, with defaults filled in', async () => {
    const saveHolder = vi.fn((input: unknown) => input);
    const { invoke } = bind({ saveHolder });
    await invoke('saveHolder', { fullName: '  Jordan Rivera  ' });
    expect(saveHolder).toHaveBeenCalledWith({
      fullName: 'Jordan Rivera',
      email: '',
      phone: '',
      address: '',
      memberNumbers: [],
    });
  });

  it('passes a UserError through with its code, message and details', async () => {
    const { invoke, log } = bind({
      getActivity: () => {
        throw new UserError('NOT_FOUND', 'That activity is no longer in your portfolio.', { id: 7 });
      },
    });
    expect(await invoke('getActivity', { id: 7 })).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: 'That activity is no longer in your portfolio.',
        details: { id: 7 },
      },
    });
    expect(log).not.toHaveBeenCalled();
  });

  it('turns anything unexpected into INTERNAL with a plain message, and logs the detail', async () => {
    const { invoke, log } = bind({
      listActivities: async () => {
        throw new TypeError(
          "Cannot read properties of undefined (reading 'rows') at /opt/ceu/secret/path.ts:12",
        );
      },
    });
    const result = await invoke('listActivities', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (result.ok) return;
    expect(result.error.message).toMatch(/^Something went wrong/);
    expect(JSON.stringify(result)).not.toMatch(/TypeError|secret|\.ts:|\sat \//);
    expect(result.error.details).toBeUndefined();
    expect(log).toHaveBeenCalledWith('api:listActivities', expect.any(TypeError));
  });

  it('turns a busy database into BUSY with a plain message, not INTERNAL', async () => {
    const file = path.join(tempDir(), 'busy.db');
    const holder = new Database(file);
    const writer = new Database(file);
    try {
      holder.exec('CREATE TABLE t (n INTEGER)');
      writer.pragma('busy_timeout = 20');
      holder.exec('BEGIN IMMEDIATE');
      const { invoke, log } = bind({
        deleteActivity: () => writer.prepare('INSERT INTO t VALUES (1)').run(),
      });
      expect(await invoke('deleteActivity', { id: 1 })).toEqual({
        ok: false,
        error: {
          code: 'BUSY',
          said: { key: 'errors.busy' },
          message:
            'Your portfolio is busy with another task (for example an import from the command line). Try again in a moment. Nothing was changed.',
        },
      });
      expect(log).not.toHaveBeenCalled();
    } finally {
      holder.close();
      writer.close();
    }
  });
});

describe('createAppPageCheck', () => {
  it('trusts the built index page and the dev server, nothing else', () => {
    const check = createAppPageCheck({ devServerUrl: 'http://localhost:5173' });
    expect(check(appPage)).toBe(true);
    expect(check(`${appPage}?x=1#/packet`)).toBe(true);
    expect(check('http://localhost:5173/#/dashboard')).toBe(true);
    expect(check('http://localhost:5174/')).toBe(false);
    expect(check('app://portfolio/other.html')).toBe(false);
    expect(check('app://elsewhere/index.html')).toBe(false);
    expect(check('app://user@portfolio/index.html')).toBe(false);
    expect(check('file:///opt/ceu/out/renderer/index.html')).toBe(false);
    expect(check('certificate://0000')).toBe(false);
    expect(check('')).toBe(false);
    expect(createAppPageCheck()('http://localhost:5173/')).toBe(false);
  });
});
