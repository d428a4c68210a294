/**
 * Which URLs belong to the app. A window may only ever show our own page: navigations,
 * redirects and IPC senders are all checked with `isAppUrl`.
 */
import type { AppLocation } from '../app/app-location.js';
import { parseStrictUrl } from './url-syntax.js';

/** True when `raw` is a page of the app itself: same scheme, same host and port, no credentials. */
export function isAppUrl(raw: unknown, app: AppLocation): boolean {
  const url = parseStrictUrl(raw);
  if (!url) return false;
  return url.protocol === app.protocol && url.host === app.host && url.username === '' && url.password === '';
}

/** Frames that hold no document of their own: the report preview is an `srcdoc` iframe. */
const INERT_FRAME_URLS = new Set(['about:srcdoc', 'about:blank']);

/** What to do with a navigation a page or a server asked for. */
export type NavigationDecision = 'allow' | 'deny';

/**
 * A main frame may go to app pages only. A subframe (the report preview) may also be an inert
 * `about:srcdoc`/`about:blank` document, which loads nothing from anywhere.
 */
export function decideNavigation(raw: unknown, app: AppLocation, isMainFrame: boolean): NavigationDecision {
  if (isAppUrl(raw, app)) return 'allow';
  if (!isMainFrame && typeof raw === 'string' && INERT_FRAME_URLS.has(raw)) return 'allow';
  return 'deny';
}

const DEV_SOCKET_PROTOCOLS: Record<string, string> = { 'http:': 'ws:', 'https:': 'wss:' };

/**
 * Whether the session may fetch this URL at all. Our origin, inline data and blobs, and the dev
 * server's hot-reload socket pass; every other network request is cancelled, so no page (nor
 * crawled text that somehow ran) can reach the network.
 */
export function isAllowedRequest(raw: string, app: AppLocation): boolean {
  if (raw.startsWith('data:') || raw.startsWith('blob:')) return true;
  // DevTools loads its own UI from this scheme; it is only ever opened in development.
  if (raw.startsWith('devtools:')) return true;
  if (isAppUrl(raw, app)) return true;
  const socket = DEV_SOCKET_PROTOCOLS[app.protocol];
  if (!socket) return false;
  const url = parseStrictUrl(raw);
  return url !== null && url.protocol === socket && url.host === app.host;
}
