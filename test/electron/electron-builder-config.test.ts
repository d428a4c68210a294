/** electron-builder.yml is valid for electron-builder and sets what the security checklist asks. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: string };
  win: { target: string };
}

/** The file as written, after electron-builder itself loaded and validated it (once: it is slow to load). */
let loaded: Promise<BuilderConfig> | null = null;
function loadConfig(): Promise<BuilderConfig> {
  loaded ??= readConfig();
  return loaded;
}

async function readConfig(): Promise<BuilderConfig> {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  await validateConfiguration(await getConfig(process.cwd(), 'electron-builder.yml', null), new DebugLogger(false));
  const yaml = require('js-yaml') as { load(text: string): unknown };
  return yaml.load(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
}

describe('electron-builder.yml', () => {
  it('passes electron-builder validation with the product, targets and native rebuild', async () => {
    const c = await loadConfig();
    expect(c.productName).toBe('Promise Auditor');
    expect(c.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(c.linux.target).toEqual(['AppImage', 'deb']);
    expect(c.mac.target).toBe('dmg');
    expect(c.win.target).toBe('nsis');
    expect(c.npmRebuild).toBe(true);
    expect(c.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(c.files).toContain('out/**');
    expect(c.files.some((f) => f.startsWith('!') && f.includes('test'))).toBe(true);
  });

  it('sets every fuse as the Electron security guide advises', async () => {
    expect((await loadConfig()).electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
