import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGED_LOCATION } from '../../../electron/app/app-location.js';
import { contentTypeFor, resolveAsset } from '../../../electron/protocol/asset-path.js';

const root = resolve('/srv/app/out/renderer');

describe('app:// asset resolution', () => {
  it.each([
    ['app://promise-auditor/', 'index.html'],
    ['app://promise-auditor/index.html', 'index.html'],
    ['app://promise-auditor/assets/index-4f2a.js', 'assets/index-4f2a.js'],
    ['app://promise-auditor/assets/Inter%20Var.woff2', 'assets/Inter Var.woff2'],
    ['app://promise-auditor/findings/42', 'index.html'],
    ['app://promise-auditor/index.html?x=1#/review', 'index.html'],
  ])('%s -> %s', (url, file) => {
    expect(resolveAsset(url, root, PACKAGED_LOCATION)).toEqual({ ok: true, file: join(root, file) });
  });

  it('keeps dot segments the URL parser resolves inside the folder', () => {
    for (const url of ['app://promise-auditor/../../etc/ssl/key.pem', 'app://promise-auditor/%2e%2e/%2e%2e/etc/ssl/key.pem']) {
      expect(resolveAsset(url, root, PACKAGED_LOCATION)).toEqual({ ok: true, file: join(root, 'etc/ssl/key.pem') });
    }
  });

  it.each([
    'app://promise-auditor/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://promise-auditor/assets/..%5c..%5csecret.txt',
    'app://promise-auditor/C:%5cWindows%5cwin.ini',
    'app://promise-auditor/%00.js',
    'app://promise-auditor/%E0%A4%A.js',
    'app://evil.example/index.html',
    'https://promise-auditor/index.html',
    'file:///srv/app/out/renderer/index.html',
    `app://promise-auditor/${'a/'.repeat(40)}x.js`,
  ])('refuses %s', (url) => {
    const r = resolveAsset(url, root, PACKAGED_LOCATION);
    expect(r.ok).toBe(false);
  });

  it('never resolves outside the renderer folder', () => {
    for (const seg of ['..', '.', '%2e%2e', '%252e%252e', 'a/../../..']) {
      const r = resolveAsset(`app://promise-auditor/${seg}/x.js`, root, PACKAGED_LOCATION);
      if (r.ok) expect(r.file.startsWith(root + '/')).toBe(true);
    }
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.exe', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
