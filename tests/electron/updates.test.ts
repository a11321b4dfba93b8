import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUpdateChecks, type Updater } from '../../electron/main/updates';

/**
 * A stand-in for electron-updater's AppUpdater (it needs Electron and the network): it
 * records what the app asked of it and lets the test play the release page's answers.
 */
function standInUpdater() {
  const listeners = new Map<string, (value: never) => void>();
  const asked: string[] = [];
  const updater = {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    checkForUpdates: vi.fn(() => {
      asked.push('check');
      return Promise.resolve(null);
    }),
    downloadUpdate: vi.fn(() => {
      asked.push('download');
      return Promise.resolve([]);
    }),
    quitAndInstall: vi.fn(() => asked.push('install')),
    on(event: string, listener: (value: never) => void) {
      listeners.set(event, listener);
      return updater;
    },
  };
  const emit = (event: string, value: unknown) => listeners.get(event)!(value as never);
  return { updater: updater as Updater, asked, emit };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe('update checks', () => {
  it('send nothing until the person turns them on, nor after they turn them off', () => {
    vi.useFakeTimers();
    const { updater, asked } = standInUpdater();
    const checks = createUpdateChecks({
      updater,
      prompts: { askToDownload: vi.fn(), askToInstall: vi.fn() },
      log: vi.fn(),
    });
    // Never downloads or installs on its own.
    expect(updater.autoDownload).toBe(false);
    expect(updater.autoInstallOnAppQuit).toBe(false);
    checks.follow(null);
    checks.follow(false);
    vi.advanceTimersByTime(3 * 24 * 60 * 60 * 1000);
    expect(asked).toEqual([]);

    checks.follow(true);
    expect(asked).toEqual(['check']);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(asked).toEqual(['check', 'check']);
    checks.follow(true); // already on: no second timer
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(asked).toEqual(['check', 'check', 'check']);

    checks.follow(false);
    vi.advanceTimersByTime(5 * 24 * 60 * 60 * 1000);
    expect(asked).toHaveLength(3);
  });

  it('download and install only after a yes each time', async () => {
    const { updater, asked, emit } = standInUpdater();
    const answers = { download: false, install: false };
    const prompts = {
      askToDownload: vi.fn(() => Promise.resolve(answers.download)),
      askToInstall: vi.fn(() => Promise.resolve(answers.install)),
    };
    createUpdateChecks({ updater, prompts, log: vi.fn() });
    emit('update-available', { version: '0.2.0' });
    await flush();
    expect(prompts.askToDownload).toHaveBeenCalledWith('0.2.0');
    expect(asked).toEqual([]);

    answers.download = true;
    emit('update-available', { version: '0.2.0' });
    await flush();
    expect(asked).toEqual(['download']);

    emit('update-downloaded', { version: '0.2.0' });
    await flush();
    expect(asked).toEqual(['download']);
    answers.install = true;
    emit('update-downloaded', { version: '0.2.0' });
    await flush();
    expect(asked).toEqual(['download', 'install']);
  });

  it('only log a failed check (offline, say): nothing is thrown at the person', async () => {
    const { updater, emit } = standInUpdater();
    updater.checkForUpdates = vi.fn(() => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED')));
    const log = vi.fn();
    const checks = createUpdateChecks({
      updater,
      prompts: { askToDownload: vi.fn(), askToInstall: vi.fn() },
      log,
    });
    checks.follow(true);
    await flush();
    emit('error', new Error('net::ERR_NAME_NOT_RESOLVED'));
    expect(log.mock.calls.map(([context]) => context)).toEqual(['update check', 'update check']);
    checks.stop();
  });
});
