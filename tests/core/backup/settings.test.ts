import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { backupFolder, defaultSettings, loadSettings, saveSettings } from '../../../src/core/settings';
import { removeTempDirs, tempDir } from '../fixtures';

afterAll(removeTempDirs);

describe('settings', () => {
  it('are the defaults when there is no file, and what was saved after saving', () => {
    const dir = tempDir();
    expect(loadSettings(dir)).toEqual({ settings: defaultSettings });
    expect(defaultSettings.backup).toEqual({ enabled: true, folder: null, keepDaily: 7, keepWeekly: 8 });
    // Nothing is checked for updates until the person says so.
    expect(defaultSettings.updates).toEqual({ check: null });
    expect(defaultSettings.language).toBe('system');
    const mine = {
      backup: { enabled: true, folder: '/mnt/cloud/CEU', keepDaily: 14, keepWeekly: 4 },
      reminders: { enabled: false, leadDays: [14, 1] },
      updates: { check: false },
      language: 'es' as const,
    };
    saveSettings(dir, mine);
    expect(loadSettings(dir)).toEqual({ settings: mine });
    expect(backupFolder(dir, mine.backup)).toBe('/mnt/cloud/CEU');
    expect(backupFolder(dir, defaultSettings.backup)).toBe(path.join(dir, 'backups'));
  });

  it.each([
    ['not JSON', '{ "backup": ', /is damaged/],
    ['a wrong value', '{ "backup": { "keepDaily": -3 } }', /not allowed \(backup\.keepDaily\)/],
  ])('are the defaults with a sentence saying so when the file is %s', (_what, text, problem) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'settings.json'), text);
    const loaded = loadSettings(dir);
    expect(loaded.settings).toEqual(defaultSettings);
    expect(loaded.problem).toMatch(problem);
    expect(loaded.problem).toMatch(/default settings are in use\. Open Settings and save them again\.$/);
  });
});
