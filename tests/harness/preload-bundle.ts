import path from 'node:path';
import { build } from 'vite';

let cached: Promise<string> | null = null;

/**
 * The REAL preload (electron/preload/index.ts) bundled for the browser, with `electron`
 * replaced by the renderer shim. Built once per process and kept in memory.
 */
export function preloadForBrowser(repoRoot: string): Promise<string> {
  cached ??= bundle(repoRoot).catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function bundle(repoRoot: string): Promise<string> {
  const result = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    mode: 'production',
    // A resolve hook rather than resolve.alias: with an alias, Vite's resolver still looks
    // at node_modules/electron and Rolldown panics on the warning it raises.
    plugins: [
      {
        name: 'ceu-harness-electron-shim',
        enforce: 'pre',
        resolveId: (id: string) =>
          id === 'electron' ? path.join(repoRoot, 'tests/harness/renderer-electron-shim.ts') : null,
      },
    ],
    build: {
      write: false,
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: path.join(repoRoot, 'electron/preload/index.ts'),
        formats: ['iife'],
        name: 'ceuPreload',
        fileName: () => 'preload.js',
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk');
    if (chunk && chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('Bundling the preload for the harness produced no script.');
}
