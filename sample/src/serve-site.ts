/**
 * Serves the bundled sample company's website (sample/site) on the loopback interface,
 * for `npm run demo`, the app's "Try the sample audit" and the end-to-end tests.
 */
import { fileURLToPath } from 'node:url';
import { serveStaticSite, type ServedSite } from './static-server.js';

/** The sample site's folder. */
export const SAMPLE_SITE_ROOT = fileURLToPath(new URL('../site/', import.meta.url));

/** The public origin the sample site's files are written for (rewritten to the served one). */
export const SAMPLE_SITE_ORIGIN = 'https://www.harbourside-home.example';

/** Starts the sample site on 127.0.0.1 (a free port unless one is given). */
export function serveSampleSite(opts: { port?: number } = {}): Promise<ServedSite> {
  return serveStaticSite({ root: SAMPLE_SITE_ROOT, port: opts.port, canonicalOrigin: SAMPLE_SITE_ORIGIN });
}

export type { ServedSite } from './static-server.js';
