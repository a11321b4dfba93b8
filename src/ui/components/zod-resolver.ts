import { type FieldErrors, type FieldValues, type Resolver, set } from 'react-hook-form';
import type { z } from 'zod';
import { plainIssueMessage, saidOfIssue } from '../../domain/i18n/issue-words';
import type { Said } from '../../domain/i18n/translator';
import { tNow } from '../i18n/current';

/**
 * Validates a react-hook-form form with one of the domain's zod schemas, so the form
 * and the main process agree on what is valid. `toInput` turns the form's values into
 * what the schema expects (empty text to null, say); issue paths must name form fields.
 */
export function zodResolver<TValues extends FieldValues, TOutput>(
  schema: z.ZodType<TOutput>,
  toInput: (values: TValues) => unknown = (values) => values,
): Resolver<TValues, unknown, TOutput> {
  return (values) => {
    const result = schema.safeParse(toInput(values), { error: plainIssueMessage });
    if (result.success) return { values: result.data, errors: {} };
    return { values: {}, errors: issuesToErrors<TValues>(result.error.issues) };
  };
}

/**
 * Field errors keyed like the form, first message per field, in the window's language:
 * a schema's own message or zod's check is said from its key (issue-words.ts); `said`
 * gives a form's own wording.
 */
export function issuesToErrors<TValues extends FieldValues>(
  issues: readonly { path: PropertyKey[]; message: string; said?: Said; code?: string }[],
): FieldErrors<TValues> {
  const errors: FieldErrors<TValues> = {};
  const seen = new Set<string>();
  for (const issue of issues) {
    const name = issue.path.map(String).join('.') || 'root';
    if (seen.has(name)) continue;
    seen.add(name);
    const said = issue.said ?? (issue.code ? saidOfIssue(issue as z.core.$ZodIssue) : undefined);
    set(errors, name, { type: 'validation', message: said ? tNow(said.key, said.values) : issue.message });
  }
  return errors;
}
