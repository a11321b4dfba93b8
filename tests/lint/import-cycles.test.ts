import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { expect, it } from 'vitest';

// No two files may import each other, directly or round a loop, type-only imports
// included: a cycle means a shared piece wants a file of its own. (Lint's
// import-x/no-cycle catches runtime cycles as you type but does not follow `import type`.)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

it('no file under src/, electron/ or scripts/ is part of an import cycle', async () => {
  const tree = await parseDependencyTree(['src/**/*.{ts,tsx}', 'electron/**/*.ts', 'scripts/**/*.ts'], {
    cwd: root,
    context: root,
    transform: false,
    skipDynamicImports: false,
  });
  expect(Object.keys(tree).length).toBeGreaterThan(100);
  const cycles = parseCircular(tree).map((cycle) => cycle.join(' -> '));
  expect(cycles).toEqual([]);
});
