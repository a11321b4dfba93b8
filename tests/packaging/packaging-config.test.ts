import { createRequire } from 'node:module';
import fs from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { fuses, integrityValidationSupported } = require('../../build/fuses.cjs') as {
  fuses: Record<string, boolean>;
  integrityValidationSupported: (platform: string) => boolean;
};
const { signingNotice } = require('../../build/after-pack.cjs') as {
  signingNotice: (platform: string, env: Record<string, string | undefined>) => string | null;
};
const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number> };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the config is read as plain data
const config = load(fs.readFileSync('electron-builder.yml', 'utf8')) as Record<string, any>;

describe('the packaging config', () => {
  it('sets every fuse in the afterPack hook', () => {
    expect(config.afterPack).toBe('build/after-pack.cjs');
    expect(fuses).toEqual({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableCookieEncryption: true,
      OnlyLoadAppFromAsar: true,
      GrantFileProtocolExtraPrivileges: false,
    });
    for (const name of Object.keys(fuses)) expect(FuseV1Options[name], name).toBeTypeOf('number');
    expect(integrityValidationSupported('darwin')).toBe(true);
    expect(integrityValidationSupported('win32')).toBe(true);
    expect(integrityValidationSupported('linux')).toBe(false);
    expect(fs.readFileSync('build/after-pack.cjs', 'utf8')).toContain(
      'EnableEmbeddedAsarIntegrityValidation',
    );
  });

  it('builds AppImage and deb, a per-user NSIS installer and a dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target[0].target).toBe('nsis');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      deleteAppDataOnUninstall: false,
    });
    expect(config.mac.target[0].target).toBe('dmg');
    expect(config.appId).toBe('org.ceuportfolio.app');
    expect(config.productName).toBe('CEU Portfolio');
    expect(config.icon).toBe('resources/icon.png');
    expect(fs.existsSync('resources/icon.png')).toBe(true);
  });

  it('associates .ceubackup, unpacks native modules, rebuilds them for Electron, ships fonts and sample', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'ceubackup' })]);
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        'node_modules/better-sqlite3/**',
        'node_modules/sharp/**',
        'node_modules/@img/**',
      ]),
    );
    expect(config.npmRebuild).toBe(true);
    expect(config.extraResources).toEqual([
      { from: 'resources/fonts', to: 'fonts' },
      { from: 'resources/sample', to: 'sample' },
    ]);
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', '!out/**/*.map']));
  });

  it('goes on unsigned, saying so, when no signing secrets are set', () => {
    expect(signingNotice('win32', {})).toMatch(/not signed/);
    expect(signingNotice('darwin', { CSC_LINK: 'x' })).toMatch(/not notarized/);
    expect(
      signingNotice('darwin', {
        CSC_LINK: 'x',
        APPLE_ID: 'a',
        APPLE_APP_SPECIFIC_PASSWORD: 'p',
        APPLE_TEAM_ID: 't',
      }),
    ).toBeNull();
    expect(signingNotice('linux', {})).toBeNull();
  });
});
