import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../electron.vite.config';
import {
  contentSecurityPolicy,
  developmentContentSecurityPolicy,
} from '../../electron/main/content-security-policy';

type Config = {
  main: {
    build: {
      externalizeDeps: boolean;
      rolldownOptions: { input: Record<string, string>; output: { format: string } };
    };
  };
  preload: {
    build: {
      externalizeDeps: boolean;
      rolldownOptions: { output: { format: string; codeSplitting: boolean } };
    };
  };
  renderer: { root: string; plugins: Plugin[] };
};
const { main, preload, renderer } = config as unknown as Config;

describe('the build configuration', () => {
  it('builds the main process and the packet worker as separate CommonJS entries', () => {
    expect(Object.keys(main.build.rolldownOptions.input).sort()).toEqual(['index', 'job-worker']);
    expect(main.build.rolldownOptions.output.format).toBe('cjs');
    expect(main.build.externalizeDeps).toBe(true);
  });

  it('builds the preload as one CommonJS file with its dependencies inside (the sandbox has no node_modules)', () => {
    expect(preload.build.rolldownOptions.output.format).toBe('cjs');
    expect(preload.build.rolldownOptions.output.codeSplitting).toBe(false);
    expect(preload.build.externalizeDeps).toBe(false);
  });

  it('relaxes the page policy only for the dev server, only as far as React Refresh needs', () => {
    expect(path.relative(process.cwd(), renderer.root)).toBe(path.join('src', 'ui'));
    const plugin = renderer.plugins.flat().find((p) => p && p.name === 'ceu-development-csp')!;
    expect(plugin.apply).toBe('serve');
    const html = fs.readFileSync('src/ui/index.html', 'utf8');
    const transform = plugin.transformIndexHtml as (html: string) => string;
    const served = transform(html);
    expect(served).toContain(developmentContentSecurityPolicy);
    expect(served).not.toContain(`content="${contentSecurityPolicy}"`);
    expect(developmentContentSecurityPolicy).toContain("script-src 'self' 'unsafe-inline'");
    expect(developmentContentSecurityPolicy).not.toContain('unsafe-eval');
  });
});
