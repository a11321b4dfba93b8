import { z } from 'zod';

/** The days before a date that a notification may come, offered to the person. */
export const reminderLeadChoices = [60, 30, 14, 7, 1, 0] as const;

/** Notifications for dates ahead: on or off, and how many days before each date. */
export const reminderSettingsSchema = z.object({
  /** Notifications on this computer (the dashboard lists the dates either way). */
  enabled: z.boolean().default(true),
  leadDays: z
    .array(z.number().int().min(0).max(365))
    .max(8)
    .default([30, 7, 1])
    .transform((days) => [...new Set(days)].sort((a, b) => b - a)),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;
