import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stageWords } from '../../src/domain/i18n/stage-words';
import { translator } from '../../src/domain/i18n/translator';

/** Every stage name core reports, read from its source, so a new one cannot stay English. */
function stagesInCore(): string[] {
  const found = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (file.endsWith('.ts')) {
        const text = fs.readFileSync(file, 'utf8');
        for (const match of text.matchAll(/stage: '([^']+)'|report\('([^']+)'\)/g))
          found.add(match[1] ?? match[2]!);
      }
    }
  };
  visit(path.resolve(__dirname, '../../src/core'));
  return [...found];
}

describe('a long job’s stages', () => {
  it('every stage core reports reads in Spanish, and in English as core wrote it', () => {
    const stages = stagesInCore();
    expect(stages.length).toBeGreaterThanOrEqual(10);
    const es = translator('es');
    const en = translator('en');
    for (const stage of stages) {
      expect(stageWords(stage, es), stage).not.toBe(stage);
      expect(stageWords(stage, en)).toBe(stage);
    }
  });
});
