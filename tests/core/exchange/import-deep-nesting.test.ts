import { afterEach, describe, expect, it } from 'vitest';
import { jsonNestingDepth } from '../../../src/core/exchange/json-syntax';
import { removeTempDirs } from '../fixtures';
import { minimal, problemsFor } from './helpers';

afterEach(removeTempDirs);

const message = (depth: string) =>
  `The file is nested ${depth} levels deep; a portfolio file is never more than about 20. Check that you chose a portfolio file (one CEU Portfolio exported, or one written as its documentation describes).`;

describe('importPortfolio: deeply nested files', () => {
  it('answers a file nested 100,000 deep in plain words, not with a stack overflow', async () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    const { error, problems } = await problemsFor(text);
    expect(problems).toMatchObject([{ path: '(the whole file)', message: message('100,000') }]);
    expect(error.message).not.toMatch(/call stack/i);
  });

  it('the same when the deep file is also not valid JSON', async () => {
    const { problems } = await problemsFor('{"a":'.repeat(100_000));
    expect(problems).toMatchObject([{ path: '(the whole file)', message: message('100,000') }]);
  });

  it('answers overrides nested 5,000 deep', async () => {
    const data = JSON.stringify(minimal()).replace(
      '"certifiedOn"',
      `"overrides":${'{"cycle":'.repeat(5000)}1${'}'.repeat(5000)},"certifiedOn"`,
    );
    const { problems } = await problemsFor(data);
    expect(problems).toMatchObject([{ path: '(the whole file)', message: message('5,003') }]);
  });
});

describe('jsonNestingDepth', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonNestingDepth('1')).toBe(0);
    expect(jsonNestingDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonNestingDepth('{"a":"[[[{{{\\"[[["}')).toBe(1);
    expect(jsonNestingDepth('[] [] [[]]')).toBe(2);
  });
});
