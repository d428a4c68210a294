/**
 * Where the renderer is served from: our own `app://promise-auditor` scheme in a build, or the
 * Vite dev server on loopback during `npm run dev`. Every origin check (navigation, IPC sender,
 * network filter) compares against this one value, so there is a single notion of "our page".
 */

/** The custom scheme the built renderer is served on (a standard, secure scheme: see app-protocol.ts). */
export const APP_SCHEME = 'app';
/** The host of the built renderer's origin. */
export const APP_HOST = 'promise-auditor';

export interface AppLocation {
  /** `app:` in a build, `http:` for the dev server. */
  readonly protocol: string;
  /** Host and port, as `URL.host` gives them. */
  readonly host: string;
  /** The page the window loads. */
  readonly entryUrl: string;
}

/** The built renderer, served by the app protocol. */
export const PACKAGED_LOCATION: AppLocation = {
  protocol: `${APP_SCHEME}:`,
  host: APP_HOST,
  entryUrl: `${APP_SCHEME}://${APP_HOST}/index.html`,
};

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The location to load: the dev server when one is given (electron-vite sets ELECTRON_RENDERER_URL
 * in `dev`) and it is a plain http URL on loopback, else the built renderer. A dev server URL
 * is never honoured in a packaged app, so an environment variable cannot point the app elsewhere.
 */
export function resolveAppLocation(devServerUrl: string | undefined, isPackaged: boolean): AppLocation {
  if (isPackaged || !devServerUrl) return PACKAGED_LOCATION;
  let url: URL;
  try {
    url = new URL(devServerUrl);
  } catch {
    return PACKAGED_LOCATION;
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname) || url.username || url.password) {
    return PACKAGED_LOCATION;
  }
  return { protocol: 'http:', host: url.host, entryUrl: `${url.origin}/` };
}
