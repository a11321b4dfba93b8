import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// A message written in English where core throws it would reach a person using Spanish
// in English: the lint refuses it, so every new message arrives as a catalog key.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function rulesBroken(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => String(message.ruleId));
}

describe('messages from core are catalog keys', () => {
  const english = `import { UserError } from '../errors';\nexport const e = new UserError('NOT_FOUND', 'Gone.');\n`;
  const keyed = `import { userError } from '../errors';\nexport const e = userError('NOT_FOUND', { key: 'coreErrors.fileMoved' });\n`;

  it('refuses new UserError with an English message in core and in the main process', async () => {
    expect(await rulesBroken('src/core/backup/probe.ts', english)).toContain('no-restricted-syntax');
    expect(
      await rulesBroken('electron/main/probe.ts', english.replace("'../errors'", "'../../src/core/errors'")),
    ).toContain('no-restricted-syntax');
  });

  it('accepts userError with a catalog key', async () => {
    expect(await rulesBroken('src/core/backup/probe.ts', keyed)).not.toContain('no-restricted-syntax');
  });
});
