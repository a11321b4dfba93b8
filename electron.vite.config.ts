import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import {
  contentSecurityPolicy,
  developmentContentSecurityPolicy,
} from './electron/main/content-security-policy';

/** Under `electron-vite dev` only: the page's <meta> policy lets React Refresh and HMR run. */
const developmentPolicy: Plugin = {
  name: 'ceu-development-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(contentSecurityPolicy, developmentContentSecurityPolicy),
};

/**
 * Three builds: the main process (plus the job worker, its own entry so it can run
 * on a worker thread), the preload (ONE CommonJS file with everything inlined, because a
 * sandboxed preload can only `require` Electron's own modules), and the React renderer.
 * Runtime dependencies ("dependencies" in package.json: better-sqlite3, sharp,
 * @cantoo/pdf-lib, …) stay external in main so their native parts load from node_modules.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'job-worker': resolve(__dirname, 'electron/main/job-worker.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Bundle zod and the contract into the one file: the sandbox has no node_modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/ui'),
    plugins: [react(), developmentPolicy],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rolldownOptions: { input: resolve(__dirname, 'src/ui/index.html') },
    },
  },
});
