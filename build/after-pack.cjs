// electron-builder afterPack hook: flips the Electron fuses (build/fuses.cjs) on the
/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS */
// packaged binary before it is signed, and says when signing secrets are absent.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { fuses, integrityValidationSupported } = require('./fuses.cjs');

function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${name}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

function signingNotice(platform, env) {
  if ((platform === 'darwin' || platform === 'win32') && !env.CSC_LINK && !env.WIN_CSC_LINK) {
    return `No signing certificate (CSC_LINK) in the environment: the ${platform} installer is not signed.`;
  }
  if (platform === 'darwin' && !(env.APPLE_ID && env.APPLE_APP_SPECIFIC_PASSWORD && env.APPLE_TEAM_ID)) {
    return 'APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID are not all set: the app is not notarized.';
  }
  return null;
}

exports.default = async function afterPack(context) {
  const platform = context.electronPlatformName;
  const notice = signingNotice(platform, process.env);
  if (notice) console.log(`  • ${notice}`);
  const file = executablePath(context);
  if (process.env.CEU_STAND_IN_ELECTRON === '1') {
    // The packaging dry run uses a placeholder binary that has no fuse wire to flip.
    console.log(`  • Stand-in Electron: fuses not written to ${path.basename(file)}.`);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`afterPack: no packaged executable at ${file}`);
  const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');
  const wanted = { version: FuseVersion.V1, resetAdHocDarwinSignature: platform === 'darwin' };
  for (const [name, value] of Object.entries(fuses)) wanted[FuseV1Options[name]] = value;
  wanted[FuseV1Options.EnableEmbeddedAsarIntegrityValidation] = integrityValidationSupported(platform);
  await flipFuses(file, wanted);
};
exports.signingNotice = signingNotice;
