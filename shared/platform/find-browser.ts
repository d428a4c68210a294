/**
 * Finds a Chrome/Chromium already installed on this machine, for JavaScript rendering and
 * for printing the PDF report from the command line. Nothing is ever downloaded.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export class BrowserNotFoundError extends Error {
  constructor(tried: readonly string[]) {
    super(
      'No Chrome or Chromium was found on this machine. Install one (Debian/Ubuntu: `apt-get install chromium`; ' +
        'or Google Chrome), or point PROMISE_AUDIT_CHROME at its executable. Looked in: ' +
        tried.join(', '),
    );
    this.name = 'BrowserNotFoundError';
  }
}

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];

const FIXED: Record<string, readonly string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    join(process.env['PROGRAMFILES'] ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'),
  ],
};

/** The path of a Chrome/Chromium executable, or throws BrowserNotFoundError saying where it looked. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const tried: string[] = [];
  const explicit = env['PROMISE_AUDIT_CHROME'];
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    tried.push(explicit);
    throw new BrowserNotFoundError(tried);
  }
  for (const p of FIXED[process.platform] ?? []) {
    tried.push(p);
    if (existsSync(p)) return p;
  }
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const p = join(dir, process.platform === 'win32' ? `${name}.exe` : name);
      if (existsSync(p)) return p;
    }
  }
  tried.push('PATH');
  throw new BrowserNotFoundError(tried);
}

/** Flags for a headless, quiet, offline-friendly Chromium. */
export const HEADLESS_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
