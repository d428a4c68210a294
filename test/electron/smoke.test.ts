/**
 * Electron smoke test: opens the built app with playwright-core's Electron support and checks
 * the window's web preferences, that the page has no Node (`require`, `process`), exactly one
 * exposed API, a working CSP, and that new windows and navigations are refused.
 * Skips, saying why, where no Electron binary exists (it cannot be downloaded on this machine).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBinaryPath, NATIVE_BINARY } from '../../scripts/electron-native.mjs';

/** The page's globals used below (this tsconfig has no DOM library). */
interface PageGlobal {
  promiseAuditor: { invoke(method: string, params: unknown): Promise<unknown> };
  require?: unknown;
  process?: unknown;
  module?: unknown;
  __inlineRan?: boolean;
  document: { createElement(tag: string): { textContent: string }; head: { appendChild(node: unknown): void } };
  open(url: string): unknown;
  location: { href: string };
  Notification: { requestPermission(): Promise<string> };
}

const root = process.cwd();
const binary = electronBinaryPath(join(root, 'node_modules', 'electron'));

function whyNot(): string | null {
  if (!existsSync(binary)) return `Electron binary not found at ${binary}: cannot be downloaded on this machine`;
  if (process.platform === 'linux' && !process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) {
    return 'no display to open a window on (run the tests under xvfb-run)';
  }
  return null;
}
const skipReason = whyNot();
if (skipReason) console.warn(`Electron smoke test skipped: ${skipReason}.`);

function run(args: string[], what: string): void {
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

let app: ElectronApplication | null = null;
let page: Page;
let userData: string;

beforeAll(async () => {
  if (skipReason) return;
  run([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], 'electron-vite build');
  if (!existsSync(join(root, NATIVE_BINARY))) run([join(root, 'scripts', 'electron-native.mjs')], 'building better-sqlite3 for Electron');
  userData = mkdtempSync(join(tmpdir(), 'pa-electron-smoke-'));
  app = await _electron.launch({
    executablePath: binary,
    args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
    cwd: root,
    env: { ...process.env, PROMISE_AUDITOR_USER_DATA_DIR: userData } as Record<string, string>,
    timeout: 60_000,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
}, 900_000);

afterAll(async () => {
  await app?.close();
  if (userData) rmSync(userData, { recursive: true, force: true });
});

describe('Electron app', () => {
  it('loads the renderer from the app origin', (ctx) => {
    ctx.skip(skipReason !== null, skipReason ?? '');
    expect(page.url()).toMatch(/^app:\/\/promise-auditor\//);
  });

  it('creates its window with the hardened web preferences', async (ctx) => {
    ctx.skip(skipReason !== null, skipReason ?? '');
    // getLastWebPreferences is not in Electron's typings, but it is how Electron reads them back.
    const prefs = await app!.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences?: () => object } | undefined;
      const p = contents?.getLastWebPreferences?.();
      return p ? { ...p } : null;
    });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('gives the page no Node and exactly one API object', async (ctx) => {
    ctx.skip(skipReason !== null, skipReason ?? '');
    const seen = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobal;
      return { require: typeof g.require, process: typeof g.process, module: typeof g.module, api: Object.keys(g.promiseAuditor).sort() };
    });
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined', api: ['invoke', 'subscribe'] });
  });

  it('answers API calls from the page with envelopes', async (ctx) => {
    ctx.skip(skipReason !== null, skipReason ?? '');
    const answer = await page.evaluate(() => (globalThis as unknown as PageGlobal).promiseAuditor.invoke('workspace.info', {}));
    expect(answer).toEqual({ ok: true, result: null });
    const bad = await page.evaluate(() => (globalThis as unknown as PageGlobal).promiseAuditor.invoke('workspace.open', { path: 1 }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('blocks inline scripts and outside requests (CSP and request filter)', async (ctx) => {
    ctx.skip(skipReason !== null, skipReason ?? '');
    const result = await page.evaluate(async () => {
      const g = globalThis as unknown as PageGlobal;
      const s = g.document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      g.document.head.appendChild(s);
      const fetched = await fetch('https://example.com/').then(
        () => 'fetched',
        () => 'blocked',
      );
      return { inlineRan: g.__inlineRan === true, fetched };
    });
    expect(result).toEqual({ inlineRan: false, fetched: 'blocked' });
  });

  it('refuses new windows', async (ctx) => {
    ctx.skip(skipReason !== null, skipReason ?? '');
    const opened = await page.evaluate(() =>
      ['file:///etc/passwd', 'smb://attacker.example/share', 'javascript:alert(1)', 'app://promise-auditor/index.html', 'data:text/html,x'].map(
        (u) => (globalThis as unknown as PageGlobal).open(u) === null,
      ),
    );
    expect(opened).toEqual([true, true, true, true, true]);
    expect(await app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  });

  it('refuses navigation away from the app', async (ctx) => {
    ctx.skip(skipReason !== null, skipReason ?? '');
    const before = page.url();
    for (const target of ['https://example.com/', 'file:///etc/passwd', 'data:text/html,<h1>x</h1>']) {
      await page.evaluate((u) => {
        (globalThis as unknown as PageGlobal).location.href = u;
      }, target);
      await page.waitForTimeout(300);
      expect(page.url()).toBe(before);
    }
  });

  it('denies permission requests', async (ctx) => {
    ctx.skip(skipReason !== null, skipReason ?? '');
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobal).Notification.requestPermission())).toBe('denied');
  });
});
