/**
 * The HTTP bridge's access token. The page is opened at `/#token=<token>`; the token is read
 * once, kept for the tab's life in sessionStorage and removed from the address bar so it is
 * neither bookmarked nor shown.
 */
const STORAGE_KEY = 'promise-auditor.token';

/** Takes the token from the URL fragment if it is there, else from this tab's storage. */
export function takeBridgeToken(loc: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const match = /(?:^#|&)token=([A-Za-z0-9._~-]{1,512})/.exec(loc.hash);
  if (match?.[1]) {
    try {
      storage.setItem(STORAGE_KEY, match[1]);
    } catch {
      // Storage can be disabled; the token still works for this page's life.
    }
    window.history.replaceState(null, '', `${loc.pathname}${loc.search}#/`);
    return match[1];
  }
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
