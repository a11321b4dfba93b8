import type { z } from 'zod';

/**
 * The names in a credential's changes to its rule pack that the pack does not have,
 * each with the names allowed at that place. Without this check a misspelt setting
 * ("cycle.monts") would be dropped silently and the person would believe it applied.
 * Walks the changes and the pack's schema side by side, so it goes no deeper than the
 * schema does, however deeply the changes are nested.
 */
export function unknownOverrideKeys(schema: z.ZodType, overrides: unknown, at: string[] = []): string[] {
  const issues: string[] = [];
  const def = unwrap(schema)._zod.def as unknown as SchemaDef;
  if (def.type === 'array' && def.element && Array.isArray(overrides)) {
    overrides.forEach((item, i) =>
      issues.push(...unknownOverrideKeys(def.element!, item, [...at, String(i)])),
    );
  } else if (def.type === 'object' && def.shape && isPlainObject(overrides)) {
    const allowed = Object.keys(def.shape);
    for (const [key, value] of Object.entries(overrides)) {
      const field = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
      if (field) issues.push(...unknownOverrideKeys(field, value, [...at, key]));
      else
        issues.push(
          `${[...at, key].join('.')}: there is no setting "${key}"${at.length ? ` in ${at.join('.')}` : ''}; the settings there are ${allowed.join(', ')}`,
        );
    }
  }
  // Records (unitPoints) check their own keys; other values are checked by the schema.
  return issues;
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as unknown as SchemaDef;
    if (!def.innerType || !['default', 'nullable', 'optional', 'prefault', 'readonly'].includes(def.type)) {
      return current;
    }
    current = def.innerType;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
