/**
 * scripts/electron-native.mjs: finds the Electron binary the way the electron package does
 * (without requiring it, which would start a download), decides when to build, and exits 0 with
 * a clear message where Electron cannot be downloaded.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTarget, electronBinaryPath, electronExecutableName, planNativeBuild } from '../../scripts/electron-native.mjs';

const target = buildTarget({ electronVersion: '45.4.1', abi: '150', betterSqlite3Version: '12.11.1', platform: 'linux', arch: 'x64' });

describe('electron-native', () => {
  it.each([
    ['linux', 'electron'],
    ['win32', 'electron.exe'],
    ['darwin', 'Electron.app/Contents/MacOS/Electron'],
  ])('names the %s executable %s', (platform, name) => {
    expect(electronExecutableName(platform)).toBe(name);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package', () => {
    expect(electronBinaryPath('/nope/electron', { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron' }, 'linux')).toBe(join('/opt/electron', 'electron'));
    expect(electronBinaryPath('/nope/electron', {}, 'win32')).toBe(join('/nope/electron', 'dist', 'electron.exe'));
  });

  it.each([
    ['no electron package', { electronInstalled: false, binaryExists: false, stamp: null, nativeBinaryExists: false }, 'no-electron'],
    ['no Electron binary', { electronInstalled: true, binaryExists: false, stamp: null, nativeBinaryExists: false }, 'no-electron'],
    ['never built', { electronInstalled: true, binaryExists: true, stamp: null, nativeBinaryExists: false }, 'build'],
    ['built for this Electron', { electronInstalled: true, binaryExists: true, stamp: { ...target }, nativeBinaryExists: true }, 'up-to-date'],
    ['built, binary deleted since', { electronInstalled: true, binaryExists: true, stamp: { ...target }, nativeBinaryExists: false }, 'build'],
    ['built for an older Electron', { electronInstalled: true, binaryExists: true, stamp: { ...target, electron: '44.0.0', abi: '145' }, nativeBinaryExists: true }, 'build'],
    ['built for another arch', { electronInstalled: true, binaryExists: true, stamp: { ...target, arch: 'arm64' }, nativeBinaryExists: true }, 'build'],
    ['better-sqlite3 upgraded', { electronInstalled: true, binaryExists: true, stamp: { ...target, betterSqlite3: '12.0.0' }, nativeBinaryExists: true }, 'build'],
  ] as const)('%s -> %s', (_name, facts, action) => {
    expect(planNativeBuild({ ...facts, binaryPath: '/x/dist/electron', target }).action).toBe(action);
  });

  it('explains a missing binary', () => {
    const plan = planNativeBuild({ electronInstalled: true, binaryExists: false, binaryPath: '/x/dist/electron', target, stamp: null, nativeBinaryExists: false });
    expect(plan.message).toContain('Electron binary not found at /x/dist/electron: it cannot be downloaded on this machine');
  });

  it('exits 0 with that message here, building nothing, when Electron is absent', () => {
    const binary = electronBinaryPath(join(process.cwd(), 'node_modules', 'electron'));
    if (existsSync(binary)) return; // This machine has Electron: the build path runs for real in `npm start`.
    const r = spawnSync(process.execPath, ['scripts/electron-native.mjs', '--no-download'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Electron binary not found at ${binary}`);
    expect(existsSync('.electron-native')).toBe(false);
  });
});
