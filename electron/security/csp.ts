/**
 * The Content-Security-Policy the main process sets on every response of the app's session
 * (the renderer build adds the same policy as a <meta> fallback). Scripts only from our own
 * origin, nothing fetched from anywhere else, no plugins, no forms, no base-URL games.
 * Inline styles stay allowed: React style props and recharts set style attributes.
 */
import type { AppLocation } from '../app/app-location.js';

/** One directive and its sources, in order. */
export type CspDirectives = ReadonlyArray<readonly [directive: string, sources: readonly string[]]>;

/** The policy for the built app. */
export const PRODUCTION_DIRECTIVES: CspDirectives = [
  ['default-src', ["'none'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'", "'unsafe-inline'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  // The report preview is an srcdoc iframe: it inherits this very policy.
  ['frame-src', ["'self'"]],
  ['worker-src', ["'none'"]],
  ['manifest-src', ["'none'"]],
  ['media-src', ["'none'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  // 'self', not 'none': the preview iframe's document is ours and must stay embeddable.
  ['frame-ancestors', ["'self'"]],
];

/**
 * The policy for `npm run dev`: Vite's React refresh needs one inline script and its
 * hot-reload socket, on the loopback dev server only.
 */
export function developmentDirectives(app: AppLocation): CspDirectives {
  return PRODUCTION_DIRECTIVES.map(([d, sources]) => {
    if (d === 'script-src') return [d, [...sources, "'unsafe-inline'"]] as const;
    if (d === 'connect-src') return [d, [...sources, `ws://${app.host}`]] as const;
    return [d, sources] as const;
  });
}

/** The header value for a set of directives. */
export function formatCsp(directives: CspDirectives): string {
  return directives.map(([d, sources]) => `${d} ${sources.join(' ')}`).join('; ');
}

/** The policy for where the renderer is served from. */
export function contentSecurityPolicy(app: AppLocation): string {
  return formatCsp(app.protocol === 'http:' ? developmentDirectives(app) : PRODUCTION_DIRECTIVES);
}
