import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { activityLogCsv, csvField, writeActivityLogCsv } from '../../../src/core/exchange';
import type { Portfolio } from '../../../src/core/portfolio';
import { removeTempDirs, tempDir } from '../fixtures';
import { openPortfolio } from './helpers';

let portfolio: Portfolio;
afterEach(() => {
  portfolio?.close();
  removeTempDirs();
});

/** RFC 4180 read back: quoted fields with doubled quotes and line breaks inside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('the activity log as CSV', () => {
  it('has a BOM, a header, one row per credit, ISO dates, and survives commas, quotes, line breaks and accents', () => {
    portfolio = openPortfolio();
    const cma = portfolio.saveCredential({ rulePackId: 'aama-cma', certifiedOn: '2024-03-15' });
    portfolio.saveActivity({
      title: 'Coding, billing and "modifiers"',
      provider: 'Asociación Médica de Aprendizaje',
      kind: 'online_course',
      delivery: 'online',
      completedOn: '2025-06-01',
      durationMinutes: 120,
      cost: 24.5,
      notes: 'Line one\nline two',
      credits: [
        { amount: 1.5, unit: 'aama_ceu', category: 'administrative' },
        { amount: 0.5, unit: 'aama_ceu', category: 'general' },
      ],
      credentialIds: [cma.id],
    });
    portfolio.saveActivity({
      title: '=HYPERLINK("http://example.invalid")',
      provider: 'Clinic',
      kind: 'training_program',
      delivery: 'in_person',
      completedOn: '2025-01-02',
    });
    const text = activityLogCsv(portfolio);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['Completed on', 'Title', 'Provider']);
    expect(rows).toHaveLength(4);
    // Oldest first; an activity without credit still has its row.
    expect(rows[1]!.slice(0, 2)).toEqual(['2025-01-02', '\'=HYPERLINK("http://example.invalid")']);
    expect(rows[1]![9]).toBe('');
    expect(rows[2]!.slice(0, 3)).toEqual([
      '2025-06-01',
      'Coding, billing and "modifiers"',
      'Asociación Médica de Aprendizaje',
    ]);
    expect(rows.slice(2).map((r) => [r[9], r[10], r[11], r[12]])).toEqual([
      ['1.5', 'AAMA CEUs', 'administrative', 'CMA (AAMA) — Certified Medical Assistant'],
      ['0.5', 'AAMA CEUs', 'general', 'CMA (AAMA) — Certified Medical Assistant'],
    ]);
    expect(rows[2]![15]).toBe('Line one\nline two');
    expect(rows[2]![14]).toBe('24.5');
  });

  it('writes the file whole (temporary name, then renamed)', () => {
    portfolio = openPortfolio();
    const target = path.join(tempDir(), 'log.csv');
    expect(writeActivityLogCsv(portfolio, target)).toEqual({ path: target, rows: 0 });
    expect(fs.readdirSync(path.dirname(target))).toEqual(['log.csv']);
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('+1 555')).toBe("'+1 555");
  });
});
