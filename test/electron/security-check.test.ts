/**
 * The security lint (scripts/check-electron-security.mjs): every deliberately bad sample in
 * test/fixtures/electron fails it for the reason it was written for, the good sample and the
 * real electron/ folder pass, and the command exits 1 / 0 accordingly.
 */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPaths, checkSource } from '../../scripts/check-electron-security.mjs';

const FIXTURES = 'test/fixtures/electron';

/** Runs the lint as `npm run lint` does. */
function runCheck(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/check-electron-security.mjs', ...args], (err, stdout, stderr) => {
      resolve({ status: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

/** Each bad sample and the rules it must trip. */
const BAD_SAMPLES: Record<string, readonly string[]> = {
  'bad-node-integration-unsandboxed.ts': ['window-nodeIntegration', 'window-sandbox'],
  'bad-context-isolation-off.ts': ['window-contextIsolation'],
  'bad-sandbox-missing.ts': ['window-sandbox'],
  'bad-no-web-preferences.ts': ['window-preferences'],
  'bad-web-security-off.ts': ['window-webSecurity', 'window-allowRunningInsecureContent'],
  'bad-webview-experimental.ts': ['window-webviewTag', 'window-experimentalFeatures', 'window-enableBlinkFeatures'],
  'bad-spread-preferences.ts': ['window-preferences'],
  'bad-options-parameter.ts': ['window-preferences'],
  'bad-views.ts': ['window-sandbox', 'window-nodeIntegrationInSubFrames', 'window-nodeIntegrationInWorker'],
  'bad-ipc-outside-registration.ts': ['ipc-main'],
  'bad-open-external.ts': ['open-external'],
  'bad-window-open-allow.ts': ['window-open-allow'],
  'bad-preload-exposes-ipc.ts': ['context-bridge', 'ipc-renderer'],
  'bad-insecure-switches.ts': ['insecure-switch'],
  'bad-dynamic-electron.ts': ['dynamic-electron', 'ipc-main'],
};

describe('electron security lint', () => {
  const { findings } = checkPaths([FIXTURES]);
  const rulesIn = (file: string) => new Set(findings.filter((f) => f.file === `${FIXTURES}/${file}`).map((f) => f.rule));

  it('has a case for every bad sample on disk', () => {
    const onDisk = readdirSync(FIXTURES).filter((f) => f.startsWith('bad-')).sort();
    expect(onDisk).toEqual(Object.keys(BAD_SAMPLES).sort());
  });

  it.each(Object.entries(BAD_SAMPLES))('fails %s for %j', (file, rules) => {
    const found = rulesIn(file);
    for (const rule of rules) expect(found, `${file} should trip ${rule}`).toContain(rule);
  });

  it('names file:line of each problem', () => {
    const f = findings.find((x) => x.file.endsWith('bad-node-integration-unsandboxed.ts') && x.rule === 'window-nodeIntegration');
    expect(f).toMatchObject({ line: 9 });
    expect(f?.message).toContain('nodeIntegration: true');
  });

  it('passes the good sample and the real electron/ folder', () => {
    expect(rulesIn('good-window.ts').size).toBe(0);
    const real = checkPaths(['electron']);
    expect(real.findings).toEqual([]);
    expect(real.windows).toBeGreaterThanOrEqual(2);
    console.log(`security lint: electron/ ${real.files} files, ${real.windows} windows, 0 problems; ${Object.keys(BAD_SAMPLES).length} bad samples, ${findings.length} problems found`);
  });

  it.each([
    ['nodeIntegration from a variable', 'const n = process.env.X === "1"; new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: n } });', 'window-nodeIntegration'],
    ['sandbox from a variable', 'const s = true as boolean; new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: s } });', 'window-sandbox'],
    ['options spread', 'const base = {}; new BrowserWindow({ ...base, webPreferences: { contextIsolation: true, sandbox: true } });', 'window-preferences'],
    ['electron.BrowserWindow', 'import * as electron from "electron"; new electron.BrowserWindow({ webPreferences: { sandbox: true } });', 'window-contextIsolation'],
    ['renamed ipcMain', 'import { ipcMain as bus } from "electron"; bus.on("x", () => {});', 'ipc-main'],
    ['ipcMain handed around', 'import { ipcMain } from "electron"; register(ipcMain);', 'ipc-main'],
    ['require("electron")', 'const { shell } = require("electron"); shell.openExternal("x");', 'dynamic-electron'],
    ['allow nested in a handler', 'wc.setWindowOpenHandler((d) => { if (d.url) return { action: "allow" as const }; return { action: "deny" }; });', 'window-open-allow'],
  ])('catches %s', (_name, code, rule) => {
    const rules = checkSource('electron/windows/example.ts', code).findings.map((f) => f.rule);
    expect(rules).toContain(rule);
  });

  it('allows ipcMain, shell.openExternal and contextBridge in their own modules', () => {
    expect(checkSource('electron/ipc/register-ipc.ts', 'import { ipcMain } from "electron"; ipcMain.handle("c", () => 1);').findings).toEqual([]);
    expect(checkSource('electron/security/open-external.ts', 'import { shell } from "electron"; void shell.openExternal("https://a.example/");').findings).toEqual([]);
    expect(checkSource('electron/preload.ts', 'import { contextBridge } from "electron"; contextBridge.exposeInMainWorld("a", {});').findings).toEqual([]);
  });

  it('exits 1 naming file:line on bad code and 0 on electron/', async () => {
    const [bad, good] = await Promise.all([
      runCheck([`${FIXTURES}/bad-node-integration-unsandboxed.ts`]),
      runCheck([]),
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${FIXTURES}/bad-node-integration-unsandboxed.ts:9:`);
    expect(good.status, good.stderr).toBe(0);
    expect(good.stdout).toContain('no problems');
  });
});
