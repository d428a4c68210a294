/**
 * Serves the built renderer on `app://promise-auditor/`, as the Electron security guide advises
 * instead of file:// (a file:// page shares its origin with every file on the disk). Each
 * response carries the Content-Security-Policy and no-sniff headers itself.
 */
import { readFile } from 'node:fs/promises';
import { protocol, type Session } from 'electron';
import { APP_SCHEME, type AppLocation } from '../app/app-location.js';
import { contentSecurityPolicy } from '../security/csp.js';
import { contentTypeFor, resolveAsset } from './asset-path.js';

/**
 * Must run before the app is ready: makes `app:` a standard, secure scheme (a real origin for
 * CSP 'self'). corsEnabled lets Chromium load the bundle's `<script type="module" crossorigin>`
 * from a custom scheme; it only serves the app's own static files, and nothing else is loaded.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

/** Answers `app:` requests of `session` from the renderer folder. */
export function serveRenderer(session: Session, rendererDir: string, location: AppLocation): void {
  const csp = contentSecurityPolicy(location);
  const headers = (type: string) => ({
    'Content-Type': type,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  session.protocol.handle(APP_SCHEME, async (request) => {
    const resolved = resolveAsset(request.url, rendererDir, location);
    if (!resolved.ok) return new Response('Bad request', { status: resolved.status, headers: headers('text/plain') });
    try {
      const body = await readFile(resolved.file);
      return new Response(body, { status: 200, headers: headers(contentTypeFor(resolved.file)) });
    } catch {
      return new Response('Not found', { status: 404, headers: headers('text/plain') });
    }
  });
}
