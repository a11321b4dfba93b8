#!/usr/bin/env node
/**
 * The `ceu` command for a checkout of CEU Portfolio (npm link, or npx ceu): runs
 * src/cli/main.ts through tsx's programmatic API, so there is no separate build.
 */
let tsImport;
try {
  ({ tsImport } = await import('tsx/esm/api'));
} catch {
  process.stderr.write(
    'ceu: this command runs from a checkout of CEU Portfolio and needs its development tools. ' +
      'Run "npm install" in the CEU Portfolio folder, then try again.\n',
  );
  process.exit(1);
}
await tsImport('../src/cli/main.ts', import.meta.url);
