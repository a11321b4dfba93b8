import { z } from 'zod';
import { portfolioFileSchema } from './format';

/**
 * The exchange format as JSON Schema (draft 2020-12), generated from the same zod
 * schema the import uses, so the published file (docs/portfolio.schema.json) can never
 * drift from what the app accepts. A test compares the two.
 */
export function portfolioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(portfolioFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  });
  return schema as Record<string, unknown>;
}

export function portfolioJsonSchemaText(): string {
  return `${JSON.stringify(portfolioJsonSchema(), null, 2)}\n`;
}
