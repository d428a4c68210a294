import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseNativeBinding, ELECTRON_NATIVE_BINARY } from '../../../electron/app/native-binding.js';
import { NATIVE_BINARY } from '../../../scripts/electron-native.mjs';

describe('native binding for Electron', () => {
  it('is the file scripts/electron-native.mjs builds', () => {
    expect(join(...ELECTRON_NATIVE_BINARY)).toBe(NATIVE_BINARY);
  });

  it('uses the Electron build in development', () => {
    const path = join('/repo', ...ELECTRON_NATIVE_BINARY);
    expect(chooseNativeBinding({ isPackaged: false, appPath: '/repo', exists: (p) => p === path })).toEqual({ ok: true, nativeBinding: path });
  });

  it('uses the default binding in a packaged app (electron-builder rebuilt it)', () => {
    expect(chooseNativeBinding({ isPackaged: true, appPath: '/app.asar', exists: () => false })).toEqual({ ok: true, nativeBinding: undefined });
  });

  it('says how to build it when missing', () => {
    const choice = chooseNativeBinding({ isPackaged: false, appPath: '/repo', exists: () => false });
    expect(choice.ok).toBe(false);
    if (!choice.ok) expect(choice.message).toContain('node scripts/electron-native.mjs');
  });
});
