import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { type Catalog, keysOf } from '../../../src/domain/i18n/catalog';
import { localeOf } from '../../../src/domain/i18n/languages';
import { catalogs, translator } from '../../../src/domain/i18n/translator';

/**
 * The message catalogs: the same keys in English and Spanish, every message valid ICU
 * with the same values to fill in, every key used somewhere, and no English left in the
 * screens that have moved to the catalogs.
 */
const root = path.resolve(__dirname, '../../..');
const english = keysOf(catalogs.en);

/**
 * Screens that still hold English of their own. Every other file under src/ui must take
 * its words from the catalogs; a screen leaves this list once converted, and the list
 * ends empty.
 */
const notYetTranslated = new Set<string>([]);

function screenFiles(): string[] {
  return sourceFiles('src/ui')
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .filter((file) => !file.startsWith('src/ui/i18n/') && !notYetTranslated.has(file));
}

function messageAt(catalog: Catalog, key: string): string {
  const value = key
    .split('.')
    .reduce<string | Catalog | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      catalog,
    );
  if (typeof value !== 'string') throw new Error(`No message at ${key}`);
  return value;
}

/** The names of the values a message fills in ({name}, {count, plural, …}). */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as {
      type: number;
      value?: unknown;
      options?: Record<string, { value: unknown[] }>;
    }[]) {
      // 0 is literal text and 7 is the # of a plural: neither names a value.
      if (element.type !== 0 && element.type !== 7 && typeof element.value === 'string')
        names.add(element.value);
      for (const option of Object.values(element.options ?? {})) walk(option.value);
    }
  };
  walk(new IntlMessageFormat(message, locale).getAst() as unknown[]);
  return [...names].sort();
}

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .flatMap((entry) =>
      entry.isFile() && /\.(ts|tsx)$/.test(entry.name) ? [path.join(entry.parentPath, entry.name)] : [],
    );
}

describe('the message catalogs', () => {
  it('have the same keys in Spanish as in English, none empty', () => {
    expect(keysOf(catalogs.es).sort()).toEqual([...english].sort());
    for (const key of english) {
      expect(messageAt(catalogs.en, key).trim(), key).not.toBe('');
      expect(messageAt(catalogs.es, key).trim(), key).not.toBe('');
    }
  });

  it('hold valid ICU messages that fill in the same values in both languages', () => {
    for (const key of english) {
      const en = argumentsOf(messageAt(catalogs.en, key), localeOf.en);
      const es = argumentsOf(messageAt(catalogs.es, key), localeOf.es);
      expect(es, `the values ${key} fills in`).toEqual(en);
    }
  });

  it('count by each language’s own plural rules', () => {
    const en = translator('en');
    const es = translator('es');
    expect([0, 1, 2].map((count) => en('trash.certificatesKept', { count }))).toEqual([
      'No certificates',
      '1 certificate kept',
      '2 certificates kept',
    ]);
    expect([0, 1, 2].map((count) => es('trash.certificatesKept', { count }))).toEqual([
      'Sin certificados',
      '1 certificado guardado',
      '2 certificados guardados',
    ]);
  });

  it('have no key that nothing uses', () => {
    const code = ['src', 'electron']
      .flatMap(sourceFiles)
      .filter((file) => !file.includes(`${path.sep}i18n${path.sep}messages${path.sep}`))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    const unused = english.filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('leave no English words in the screens that use them', () => {
    const attributes = new Set([
      'label',
      'title',
      'description',
      'placeholder',
      'aria-label',
      'alt',
      'message',
    ]);
    const keys = new Set(english);
    const words = (text: string) => /[A-Za-z]{2}/.test(text) && !keys.has(text);
    const found: string[] = [];
    for (const file of screenFiles()) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && words(node.text.trim())) found.push(`${file}: ${node.text.trim()}`);
        if (
          ts.isJsxAttribute(node) &&
          attributes.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          words(node.initializer.text)
        ) {
          found.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
        }
        // Strings handed to notifications and labels outside JSX: `title: 'Words'`.
        if (
          ts.isPropertyAssignment(node) &&
          attributes.has(node.name.getText()) &&
          ts.isStringLiteral(node.initializer) &&
          words(node.initializer.text)
        ) {
          found.push(`${file}: ${node.name.getText()}: '${node.initializer.text}'`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });
});
