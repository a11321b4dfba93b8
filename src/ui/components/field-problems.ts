import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { Said } from '../../domain/i18n/translator';
import { ApiFailure } from '../api/client';
import { tNow } from '../i18n/current';

/**
 * When the main process refuses a save as INVALID_INPUT it lists the fields at fault
 * (`details.fields`, paths as in the operation's input). This puts each message on its
 * field; returns how many found a field, so the caller knows whether to show a summary.
 */
export function showFieldProblems<TValues extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<TValues>,
  options: { stripPrefix?: string; knownFields?: readonly string[] } = {},
): number {
  if (!(error instanceof ApiFailure) || error.code !== 'INVALID_INPUT') return 0;
  const fields = (error.details as { fields?: unknown } | undefined)?.fields;
  if (!Array.isArray(fields)) return 0;
  let shown = 0;
  for (const field of fields as { path?: unknown; message?: unknown; said?: Said }[]) {
    if (typeof field.path !== 'string' || typeof field.message !== 'string') continue;
    const path =
      options.stripPrefix && field.path.startsWith(options.stripPrefix)
        ? field.path.slice(options.stripPrefix.length)
        : field.path;
    if (
      !path ||
      (options.knownFields &&
        !options.knownFields.some((known) => path === known || path.startsWith(`${known}.`)))
    ) {
      continue;
    }
    // Said in the window's language when the main process sent its key.
    const message =
      field.said && typeof field.said.key === 'string'
        ? tNow(field.said.key, field.said.values)
        : field.message;
    setError(path as Path<TValues>, { type: 'server', message });
    shown += 1;
  }
  return shown;
}
