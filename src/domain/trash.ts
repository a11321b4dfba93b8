import { z } from 'zod';
import { idSchema } from './portfolio';

/** What is in the trash: enough to recognise each item and know when it goes for good. */
export const trashContentsSchema = z.object({
  activities: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      completedOn: z.string(),
      certificateCount: z.number().int().nonnegative(),
      /** When it was deleted (ISO time). */
      deletedAt: z.string(),
      /** The day it will be removed for good (YYYY-MM-DD). */
      removedOn: z.string(),
    }),
  ),
  credentials: z.array(
    z.object({
      id: idSchema,
      rulePackId: z.string(),
      credentialNumber: z.string(),
      deletedAt: z.string(),
      removedOn: z.string(),
    }),
  ),
});
export type TrashContents = z.infer<typeof trashContentsSchema>;

export const trashedItemSchema = z.object({ kind: z.enum(['activity', 'credential']), id: idSchema });
export type TrashedItem = z.infer<typeof trashedItemSchema>;
