import { z } from 'zod';
import type { Message, Value } from './standing-words';

/**
 * A sentence as a catalog key with its values (`ceu status --json`, `messages`): plain
 * values, or ones the reader formats in its own locale (a date, money, a point word, a
 * category, a kind, a unit, a rule pack's own words), or another message.
 */
export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.union([
    z.object({ key: z.string(), values: z.record(z.string(), valueSchema).optional() }).strict(),
    z.object({ asWritten: z.string() }).strict(),
  ]),
) as z.ZodType<Message>;

const valueSchema: z.ZodType<Value> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.object({ date: z.string() }).strict(),
    z.object({ money: z.number() }).strict(),
    z.object({ pointWord: z.number() }).strict(),
    z.object({ category: z.string() }).strict(),
    z.object({ packText: z.string() }).strict(),
    z.object({ kind: z.string(), inSentence: z.boolean().optional() }).strict(),
    z.object({ unit: z.string(), count: z.number() }).strict(),
    messageSchema,
  ]),
) as z.ZodType<Value>;

/** A credential's sentences as messages, beside the English ones. */
export const statusMessagesSchema = z
  .object({
    headline: messageSchema,
    needs: z.array(messageSchema),
    deadlines: z.array(z.object({ key: z.string(), label: messageSchema, note: messageSchema }).strict()),
    reasons: z.array(z.object({ activityId: z.number(), reasons: z.array(messageSchema) }).strict()),
  })
  .strict();
