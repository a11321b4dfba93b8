import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from '../../../src/core/exchange';

describe('findJsonSyntaxProblem', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e9"]}', ' \n"text"\n ']) {
      expect(findJsonSyntaxProblem(text)).toBeNull();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it.each([
    ['{"a": 1 "b": 2}', 1, 9, 'expected a comma or } after the value, but found """'],
    ['{"a": 1,}', 1, 9, 'remove the comma before } (JSON does not allow a trailing comma)'],
    ['[1, 2,\n]', 2, 1, 'remove the comma before ] (JSON does not allow a trailing comma)'],
    ["{'a': 1}", 1, 2, 'expected a field name in double quotes, but found "\'"'],
    ['{"a": \'x\'}', 1, 7, 'text must be in double quotes ("), not single quotes'],
    ['{"a" 1}', 1, 6, 'expected a colon (:) after the field name, but found "1"'],
    [
      '{"a": }',
      1,
      7,
      'expected a value (text in double quotes, a number, true, false, null, { or [), but found "}"',
    ],
    ['{"a": "x', 1, 7, 'this text has no closing double quote (")'],
    ['{"a": "line\nbreak"}', 1, 12, 'a line break or tab inside text must be written as \\n or \\t'],
    [
      '{"a": "C:\\Users"}',
      1,
      10,
      'a backslash in text must be doubled (\\\\), for example in a Windows path',
    ],
    ['{"a": 01}', 1, 8, 'expected a comma or } after the value, but found "1"'],
    ['{"a": -}', 1, 7, 'this is not a valid number'],
    ['{"a": 1}\n}', 2, 1, 'expected the end of the file after the last }, but found "}"'],
    ['{"a": [1, 2}', 1, 12, 'expected a comma or ] after the value, but found "}"'],
    ['{"a": 1', 1, 8, 'expected a comma or } after the value, but the file ends'],
    ['', 1, 1, 'the file is empty'],
  ])('%j → line %i, column %i', (text, line, column, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxProblem(text)).toMatchObject({ line, column, message });
  });
});
