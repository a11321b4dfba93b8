// The Electron fuses set on every packaged app (read by build/after-pack.cjs and by
// tests/electron/packaging-config.test.ts). Plain data, so the test needs no Electron.
'use strict';

/** Fuse names as in @electron/fuses' FuseV1Options, with the value each must have. */
const fuses = {
  // The app binary must never run as a plain Node (ELECTRON_RUN_AS_NODE).
  RunAsNode: false,
  // NODE_OPTIONS and --inspect could inject code into an installed app.
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // Cookies and storage encrypted with the system's key store.
  EnableCookieEncryption: true,
  // Only the shipped app.asar is loaded, never a loose app folder next to it.
  OnlyLoadAppFromAsar: true,
  // The window is served from app://, so file:// needs none of its old extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/** Checks app.asar against the hash in the signed binary: macOS and Windows only. */
function integrityValidationSupported(platform) {
  return platform === 'darwin' || platform === 'mas' || platform === 'win32';
}

module.exports = { fuses, integrityValidationSupported };
