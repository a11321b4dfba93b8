import { afterAll, describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../src/core/settings';
import { dialogWords } from '../../electron/main/dialog-words';
import { confirmLinkMessage } from '../../electron/main/external-links';
import { removeTempDirs, tempDir } from '../core/fixtures';

afterAll(removeTempDirs);

describe('the main process’s dialogs', () => {
  it('speak the language chosen in the app, else the system’s, and follow a change at once', () => {
    const dataDir = tempDir();
    expect(dialogWords(dataDir, () => ['en-US'])('dialogs.savePacket')).toBe(
      'Save the recertification packet',
    );
    expect(dialogWords(dataDir, () => ['es-MX', 'en-US'])('dialogs.savePacket')).toBe(
      'Guardar el paquete de recertificación',
    );
    const { settings } = loadSettings(dataDir);
    settings.language = 'en';
    saveSettings(dataDir, settings);
    expect(dialogWords(dataDir, () => ['es-MX'])('dialogs.savePacket')).toBe(
      'Save the recertification packet',
    );
  });

  it('ask before opening an unknown link in Spanish, Cancel still the default', () => {
    const dataDir = tempDir();
    const message = confirmLinkMessage(
      'https://example.com/',
      dialogWords(dataDir, () => ['es-US']),
    );
    expect(message.title).toBe('¿Abrir este enlace?');
    expect(message.detail).toContain('https://example.com/');
    expect(message.buttons[message.defaultId]).toBe('Cancelar');
  });
});
