/** Bundles fake-api.ts into a script that Playwright injects before the page loads. */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { FakeApiOptions } from './fake-api.js';

let bundled: string | null = null;

/** The init script that installs `window.promiseAuditor` with fake data. */
export function fakePreloadScript(options: FakeApiOptions = {}): string {
  bundled ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./fake-api.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).outputFiles[0]!.text;
  return `window.__fakeApiOptions = ${JSON.stringify(options)};\n${bundled}`;
}
