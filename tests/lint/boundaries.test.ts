import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Lints one import at a time as if it were written in a file inside each layer (ESLint's
// lintText with a filePath in the real tree, so the real config and the real resolver
// judge it). Nothing is written to disk.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const boundaryRules = ['import-x/no-restricted-paths', 'no-restricted-imports'];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problemsFor(file: string, specifier: string) {
  const source = `import * as probe from '${specifier}';\nexport const probeValue = probe;\n`;
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

const rejected: Array<[file: string, specifier: string]> = [
  ['src/domain/rules/probe.ts', '../../core/portfolio'],
  ['src/domain/probe.ts', '../api/contract'],
  ['src/domain/probe.ts', 'node:fs'],
  ['src/domain/probe.ts', 'fs'],
  ['src/domain/probe.ts', 'react'],
  ['src/domain/probe.ts', 'better-sqlite3'],
  ['src/domain/probe.ts', 'electron'],
  ['src/api/probe.ts', '../core/portfolio'],
  ['src/core/probe.ts', '../ui/api/client'],
  ['src/core/packet/probe.ts', '../../api/contract'],
  ['src/core/probe.ts', '../cli/run'],
  ['src/core/probe.ts', 'electron'],
  ['src/ui/probe.ts', '../core/portfolio'],
  ['src/ui/activities/probe.ts', '../../core/portfolio'],
  ['src/ui/probe.ts', '../../electron/main/bind-api'],
  ['src/ui/probe.ts', '../cli/run'],
  ['src/ui/probe.ts', 'electron'],
  ['src/ui/probe.ts', 'node:fs'],
  ['src/cli/commands/probe.ts', '../../ui/api/client'],
  ['src/cli/probe.ts', '../../electron/main/bind-api'],
  ['src/cli/probe.ts', 'electron'],
  ['electron/main/probe.ts', '../../src/ui/api/client'],
  ['electron/main/probe.ts', '../../src/cli/run'],
  ['tests/core/probe.ts', 'electron'],
  ['scripts/probe.ts', 'electron'],
];

const allowed: Array<[file: string, specifier: string]> = [
  ['src/domain/rules/probe.ts', '../portfolio'],
  ['src/domain/probe.ts', 'zod'],
  ['src/domain/probe.ts', 'date-fns'],
  ['src/api/probe.ts', '../domain/portfolio'],
  ['src/api/probe.ts', 'zod'],
  ['src/core/packet/probe.ts', '../../domain/portfolio'],
  ['src/core/probe.ts', 'node:fs'],
  ['src/ui/probe.ts', '../api/contract'],
  ['src/ui/activities/probe.ts', '../../domain/portfolio'],
  ['src/ui/probe.ts', 'react'],
  ['src/cli/commands/probe.ts', '../../core/portfolio'],
  ['src/cli/probe.ts', '../domain/portfolio'],
  ['electron/main/probe.ts', '../../src/core/portfolio'],
  ['electron/main/probe.ts', '../../src/api/contract'],
  ['electron/main/probe.ts', 'electron'],
  ['tests/electron/probe.ts', 'electron'],
  ['tests/harness/probe.ts', 'electron'],
];

describe('layer boundaries', () => {
  it.each(rejected)('%s may not import %s', async (file, specifier) => {
    const problems = await problemsFor(file, specifier);
    expect(problems.some((problem) => boundaryRules.some((rule) => problem.startsWith(`${rule}:`)))).toBe(
      true,
    );
  });

  it.each(allowed)('%s may import %s', async (file, specifier) => {
    expect(await problemsFor(file, specifier)).toEqual([]);
  });
});
