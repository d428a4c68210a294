import { describe, expect, it } from 'vitest';
import { PACKAGED_LOCATION, resolveAppLocation } from '../../../electron/app/app-location.js';
import { contentSecurityPolicy } from '../../../electron/security/csp.js';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name ?? '', sources];
    }),
  );
}

describe('Content-Security-Policy', () => {
  const prod = parse(contentSecurityPolicy(PACKAGED_LOCATION));

  it('loads scripts only from the app, never inline or eval', () => {
    expect(prod.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy(PACKAGED_LOCATION)).not.toMatch(/unsafe-eval|unsafe-hashes|strict-dynamic|\*/);
  });

  it('falls back to nothing and closes every other door', () => {
    expect(prod.get('default-src')).toEqual(["'none'"]);
    for (const d of ['object-src', 'base-uri', 'form-action', 'worker-src']) expect(prod.get(d)).toEqual(["'none'"]);
    expect(prod.get('connect-src')).toEqual(["'self'"]);
    expect(prod.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(prod.get('frame-src')).toEqual(["'self'"]);
    expect(prod.get('frame-ancestors')).toEqual(["'self'"]);
  });

  it('allows inline styles only (charts set style attributes)', () => {
    expect(prod.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('relaxes only what Vite needs in development, on the dev server only', () => {
    const dev = parse(contentSecurityPolicy(resolveAppLocation('http://127.0.0.1:5173/', false)));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:5173']);
    expect(dev.get('default-src')).toEqual(["'none'"]);
  });
});
