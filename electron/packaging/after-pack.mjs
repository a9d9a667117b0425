// electron-builder afterPack hook: flips the Electron fuses of the packaged binary (Electron's hardening checklist).
import { join } from 'node:path';
import console from 'node:console';
import { flipFuses, FuseVersion, FuseV1Options } from '@electron/fuses';

/** The fuse settings of every packaged build. */
export const FUSES = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // The app is served from app://, so file:// pages need no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** electron-builder's Arch.arm64. */
const ARM64 = 3;

/** Path of the Electron binary (or .app bundle) inside the packed app for each platform. */
export function electronBinary(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`);
    case 'win32':
      return join(context.appOutDir, `${name}.exe`);
    default:
      return join(context.appOutDir, context.packager.executableName);
  }
}

/** The hook electron-builder calls after packing each platform and architecture. */
export async function afterPack(context) {
  const binary = electronBinary(context);
  // macOS arm64 binaries must be re-signed after their bytes change (ad hoc when no identity is configured).
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && context.arch === ARM64;
  await flipFuses(binary, { ...FUSES, resetAdHocDarwinSignature });
  console.log(`  • fuses flipped on ${binary}`);
}

export default afterPack;
