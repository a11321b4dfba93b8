import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  portfolioFileSchema,
  portfolioJsonSchema,
  portfolioJsonSchemaText,
} from '../../../src/core/exchange';

const committed = path.resolve(__dirname, '../../../docs/portfolio.schema.json');

describe('docs/portfolio.schema.json', () => {
  it('is exactly what the import validates against', () => {
    // Regenerate: npm run ceu -- schema > docs/portfolio.schema.json && npx prettier --write docs/portfolio.schema.json
    expect(JSON.parse(fs.readFileSync(committed, 'utf8'))).toEqual(JSON.parse(portfolioJsonSchemaText()));
  });

  it('is a draft 2020-12 schema that names every part of the format', () => {
    const schema = portfolioJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { items?: { properties?: Record<string, unknown>; required?: string[] } }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['format', 'version']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual([
      '$schema',
      'format',
      'version',
      'exportedAt',
      'holder',
      'rulePacks',
      'credentials',
      'activities',
    ]);
    const activity = schema.properties.activities!.items!;
    expect(Object.keys(activity.properties!)).toEqual([
      'title',
      'provider',
      'providerAddress',
      'approvingBody',
      'approvalNumber',
      'certificateNumber',
      'kind',
      'delivery',
      'completedOn',
      'durationMinutes',
      'validMonths',
      'description',
      'cost',
      'notes',
      'credits',
      'credentials',
      'certificates',
    ]);
    expect(activity.required).toEqual(['title', 'provider', 'kind', 'delivery', 'completedOn']);
    expect(schema.properties.credentials!.items!.required).toEqual(['rulePackId', 'certifiedOn', 'ref']);
  });
});

describe('docs/portfolio-json.md', () => {
  it('has an example that the import accepts', () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../../../docs/portfolio-json.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(text)![1]!;
    const parsed = portfolioFileSchema.safeParse(JSON.parse(example));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
