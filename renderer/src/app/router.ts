/**
 * Routes live in the URL fragment (#/review, #/finding/<id>), so a reload keeps the screen and
 * the page works from file:// in Electron as well as over the HTTP bridge.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'start' }
  | { readonly name: 'setup'; readonly tab: SetupTab }
  | { readonly name: 'run' }
  | { readonly name: 'findings' }
  | { readonly name: 'review'; readonly query: URLSearchParams }
  | { readonly name: 'finding'; readonly id: string }
  | { readonly name: 'practice' }
  | { readonly name: 'history' }
  | { readonly name: 'report' };

export const SETUP_TABS = ['site', 'documents', 'practice', 'judgement'] as const;
export type SetupTab = (typeof SETUP_TABS)[number];

/** Parses a fragment such as "#/review?verdict=kept". Unknown paths go to the dashboard. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  switch (parts[0]) {
    case undefined:
    case '':
      return { name: 'home' };
    case 'start':
      return { name: 'start' };
    case 'setup': {
      const tab = SETUP_TABS.find((t) => t === parts[1]) ?? 'site';
      return { name: 'setup', tab };
    }
    case 'run':
      return { name: 'run' };
    case 'review':
      return { name: 'review', query: new URLSearchParams(search) };
    case 'finding':
      return parts[1] ? { name: 'finding', id: parts[1] } : { name: 'review', query: new URLSearchParams() };
    case 'practice':
      return { name: 'practice' };
    case 'history':
      return { name: 'history' };
    case 'report':
      return { name: 'report' };
    default:
      return { name: 'findings' };
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The href of a route, for links. */
export function href(path: string): string {
  return `#/${path.replace(/^\/+/, '')}`;
}

export function findingHref(id: string): string {
  return href(`finding/${encodeURIComponent(id)}`);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  const target = href(path);
  if (options.replace) {
    window.history.replaceState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
  }
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The current route's fragment; components parse it with parseRoute. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
