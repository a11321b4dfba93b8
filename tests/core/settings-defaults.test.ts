import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../src/core/settings';
import { removeTempDirs, tempDir } from './fixtures';

afterAll(removeTempDirs);

describe('settings', () => {
  it('a change made to one folder’s defaults never reaches another folder', () => {
    const first = tempDir();
    const { settings } = loadSettings(first);
    settings.language = 'es';
    settings.backup.keepDaily = 3;
    saveSettings(first, settings);
    expect(loadSettings(tempDir()).settings.language).toBe('system');
    expect(loadSettings(tempDir()).settings.backup.keepDaily).toBe(7);
  });
});
