#!/usr/bin/env node
/**
 * The `ceu` command for a checkout of CEU Portfolio (npm link, or npx ceu): runs
 * src/cli/main.ts through tsx, so there is no separate build.
 *
 * The sources are CommonJS TypeScript (package.json has no "type") and the CLI loads
 * each command with import() on demand, so tsx must stay registered for the whole run,
 * for both module systems: tsImport() only covers the first file it is given, and the
 * ESM hooks alone leave require() of a .ts file to Node, which refuses the cycle.
 */
let tsx;
try {
  tsx = { esm: await import('tsx/esm/api'), cjs: await import('tsx/cjs/api') };
} catch {
  process.stderr.write(
    'ceu: this command runs from a checkout of CEU Portfolio and needs its development tools. ' +
      'Run "npm install" in the CEU Portfolio folder, then try again.\n',
  );
  process.exit(1);
}
tsx.cjs.register();
tsx.esm.register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
