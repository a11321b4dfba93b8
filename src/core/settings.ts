import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { languageChoiceSchema } from '../domain/i18n/languages';
import { reminderSettingsSchema } from '../domain/reminders/settings';
import { writeFileAtomic } from './write-file-atomic';

export type { LanguageChoice } from '../domain/i18n/languages';

/**
 * The app's own settings, in `settings.json` in the data folder. A restore replaces only
 * the database and certificates, so these survive it. A file that cannot be read or is
 * not in the expected form gives the defaults and a sentence saying so: never a crash.
 */
export const settingsFileName = 'settings.json';

const backupSettingsSchema = z.object({
  /** Daily snapshots on or off. */
  enabled: z.boolean().default(true),
  /** Where snapshots go; null is `<dataDir>/backups`. */
  folder: z.string().min(1).nullable().default(null),
  keepDaily: z.number().int().min(1).max(366).default(7),
  keepWeekly: z.number().int().min(0).max(520).default(8),
});

const updateSettingsSchema = z.object({
  /**
   * Whether the app may ask the project's releases for a new version: null until the
   * person has answered (nothing is checked meanwhile), then their choice.
   */
  check: z.boolean().nullable().default(null),
});

export const settingsSchema = z.object({
  backup: backupSettingsSchema.default(backupSettingsSchema.parse({})),
  reminders: reminderSettingsSchema.default(reminderSettingsSchema.parse({})),
  updates: updateSettingsSchema.default(updateSettingsSchema.parse({})),
  language: languageChoiceSchema.default('system'),
});

export type Settings = z.infer<typeof settingsSchema>;
export type BackupSettings = Settings['backup'];
export type UpdateSettings = Settings['updates'];
export type ReminderSettings = Settings['reminders'];

export const defaultSettings: Settings = settingsSchema.parse({});

/**
 * A copy of the defaults for one caller: callers change what they load and save it, and
 * a shared object would carry one portfolio's change into every later load.
 */
function freshDefaults(): Settings {
  return structuredClone(defaultSettings);
}

export interface LoadedSettings {
  settings: Settings;
  /** Set when the file was there but could not be used: the defaults are in effect. */
  problem?: string;
}

export function loadSettings(dataDir: string): LoadedSettings {
  const file = path.join(dataDir, settingsFileName);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: freshDefaults() };
    return {
      settings: freshDefaults(),
      problem: `Your settings file ${file} cannot be read, so the default settings are in use. Open Settings and save them again.`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      settings: freshDefaults(),
      problem: `Your settings file ${file} is damaged, so the default settings are in use. Open Settings and save them again.`,
    };
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    return {
      settings: freshDefaults(),
      problem: `Your settings file ${file} has a value that is not allowed (${where}), so the default settings are in use. Open Settings and save them again.`,
    };
  }
  return { settings: parsed.data };
}

export function saveSettings(dataDir: string, settings: Settings): void {
  writeFileAtomic(
    path.join(dataDir, settingsFileName),
    `${JSON.stringify(settingsSchema.parse(settings), null, 2)}\n`,
  );
}

/** The folder snapshots go to under these settings. */
export function backupFolder(dataDir: string, backup: BackupSettings): string {
  return backup.folder ? path.resolve(dataDir, backup.folder) : path.join(dataDir, 'backups');
}
