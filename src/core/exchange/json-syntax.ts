import type { SaidAs } from '../errors';
import { english } from '../../domain/i18n/translator';

/**
 * Finds where a JSON text stops being valid and says so in plain words with a line and
 * column. JSON.parse's own messages differ between Node versions and often give only
 * a character offset, which a person editing a file by hand cannot use.
 */
export interface JsonSyntaxProblem {
  line: number;
  column: number;
  /** What is wrong there, in English. */
  message: string;
  /** The same as a catalog key, for the person's language. */
  said: SaidAs;
}

class Stop extends Error {
  constructor(
    readonly at: number,
    readonly reason: SaidAs,
  ) {
    super(reason.key);
  }
}

const json = (key: SaidAs['key'], found?: SaidAs): SaidAs => (found ? { key, values: { found } } : { key });

export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  let at = 0;
  const fail = (reason: SaidAs, where = at): never => {
    throw new Stop(where, reason);
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const found = (): SaidAs =>
    at >= text.length
      ? { key: 'importProblems.json.foundEnd' }
      : text[at] === '\n' || text[at] === '\r'
        ? { key: 'importProblems.json.foundLineBreak' }
        : { key: 'importProblems.json.found', values: { char: text[at]! } };

  const value = (): void => {
    space();
    const c = text[at];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    if (c === "'") fail(json('importProblems.json.singleQuotes'));
    fail(json('importProblems.json.expectedValue', found()));
  };

  const object = () => {
    at++;
    space();
    if (text[at] === '}') return void at++;
    for (;;) {
      space();
      if (text[at] === '}') fail(json('importProblems.json.trailingCommaObject'));
      if (text[at] !== '"') fail(json('importProblems.json.expectedName', found()));
      string();
      space();
      if (text[at] !== ':') fail(json('importProblems.json.expectedColon', found()));
      at++;
      value();
      space();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === '}') return void at++;
      fail(json('importProblems.json.expectedCommaObject', found()));
    }
  };

  const array = () => {
    at++;
    space();
    if (text[at] === ']') return void at++;
    for (;;) {
      space();
      if (text[at] === ']') fail(json('importProblems.json.trailingCommaArray'));
      value();
      space();
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text[at] === ']') return void at++;
      fail(json('importProblems.json.expectedCommaArray', found()));
    }
  };

  const string = () => {
    const start = at;
    at++;
    for (;;) {
      if (at >= text.length) fail(json('importProblems.json.unclosedText'), start);
      const c = text[at]!;
      if (c === '"') return void at++;
      if (c < ' ') fail(json('importProblems.json.controlCharacter'));
      if (c === '\\') {
        const next = text[at + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)))
            fail(json('importProblems.json.badUnicode'));
          at += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) {
          fail(json('importProblems.json.loneBackslash'));
        }
        at += 2;
        continue;
      }
      at++;
    }
  };

  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match || match[0] === '-') fail(json('importProblems.json.badNumber'));
    at += match![0].length;
  };

  try {
    if (text.trim() === '') fail(json('importProblems.json.empty'));
    value();
    space();
    if (at < text.length) fail(json('importProblems.json.expectedEnd', found()));
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { ...lineAndColumn(text, error.at), message: english(error.reason), said: error.reason };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * How deeply a JSON text nests objects and arrays, found by one pass over the text with
 * a counter (no recursion). JSON.parse, the syntax finder above and the checks after
 * them all recurse once per level: a file nested many thousands deep would overflow the
 * stack before they could say anything useful, so this runs first.
 */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth = Math.max(0, depth - 1);
  }
  return deepest;
}
