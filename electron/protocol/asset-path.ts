/**
 * Maps an `app://promise-auditor/...` request to a file of the built renderer. Nothing outside
 * the renderer folder can be reached: every path segment is decoded once and checked, and the
 * result must still lie inside the folder.
 */
import { extname, join, resolve, sep } from 'node:path';
import type { AppLocation } from '../app/app-location.js';
import { isAppUrl } from '../security/navigation-policy.js';

/** The file to serve, or why the request is refused. */
export type AssetResolution = { readonly ok: true; readonly file: string } | { readonly ok: false; readonly status: 400 | 404 };

const MAX_SEGMENTS = 32;

/**
 * The file under `root` for a request URL. The app is a single page: a path without a file
 * extension (a client-side route) is answered with index.html.
 */
export function resolveAsset(requestUrl: string, root: string, app: AppLocation): AssetResolution {
  if (!isAppUrl(requestUrl, app)) return { ok: false, status: 400 };
  const url = new URL(requestUrl);
  const rawSegments = url.pathname.split('/').filter((s) => s !== '');
  if (rawSegments.length > MAX_SEGMENTS) return { ok: false, status: 400 };
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { ok: false, status: 400 };
    }
    if (seg === '.' || seg === '..' || /[\\/:\u0000]/.test(seg)) return { ok: false, status: 400 };
    segments.push(seg);
  }
  if (segments.length === 0 || extname(segments[segments.length - 1] ?? '') === '') segments.splice(0, segments.length, 'index.html');
  const base = resolve(root);
  const file = resolve(join(base, ...segments));
  if (!file.startsWith(base + sep)) return { ok: false, status: 400 };
  return { ok: true, file };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a renderer file (unknown types are served as opaque bytes). */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
