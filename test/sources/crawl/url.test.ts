import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSameSite, normaliseUrl, siteKey } from '../../../shared/sources/crawl/url.js';

describe('normaliseUrl', () => {
  it.each([
    ['HTTP://Example.COM/a', 'http://example.com/a'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['http://example.com', 'http://example.com/'],
    ['http://example.com/a#section', 'http://example.com/a'],
    ['http://example.com/a/./b/../c', 'http://example.com/a/c'],
    ['http://example.com/a/%2e%2e/b', 'http://example.com/b'],
    ['http://example.com/?b=2&a=1', 'http://example.com/?a=1&b=2'],
    ['http://example.com/?a=2&b=1&a=1', 'http://example.com/?a=2&a=1&b=1'],
    ['http://example.com/p?utm_source=x&utm_medium=y&id=7', 'http://example.com/p?id=7'],
    ['http://example.com/p?fbclid=abc&gclid=def', 'http://example.com/p'],
    ['http://example.com/p?PHPSESSID=abc&q=1', 'http://example.com/p?q=1'],
    ['http://example.com/p?sid=123', 'http://example.com/p'],
    ['http://example.com/cart;jsessionid=0A1B2C?x=1', 'http://example.com/cart?x=1'],
    ['http://example.com/p?', 'http://example.com/p'],
    ['http://example.com/p?&&a=1&', 'http://example.com/p?a=1'],
    ['http://example.com/%7euser/%41', 'http://example.com/~user/A'],
    ['http://example.com/a%2fb', 'http://example.com/a%2Fb'],
    ['http://example.com/caf\u00e9', 'http://example.com/caf%C3%A9'],
    ['http://user:pw@example.com/a', 'http://example.com/a'],
    ['http://example.com./a', 'http://example.com/a'],
    ['http://bücher.example/a', 'http://xn--bcher-kva.example/a'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it.each([['mailto:a@example.com'], ['javascript:alert(1)'], ['ftp://example.com/'], ['not a url'], ['file:///etc/passwd'], ['data:text/html,hi']])(
    'refuses %s',
    (input) => {
      expect(normaliseUrl(input)).toBeNull();
    },
  );

  it('resolves relative links against a base', () => {
    expect(normaliseUrl('../b?z=1&y=2#top', 'https://example.com/a/c/d')).toBe('https://example.com/a/b?y=2&z=1');
  });

  it('is idempotent on any URL (property, 1,000 runs)', () => {
    const chars = [...'aZ09-._~!$&\'()*+,;=:@/%?#[] éツ', '%2e', '%2F', '%7e', '%41', '..', '.'];
    const text = (max: number) => fc.string({ unit: fc.constantFrom(...chars), maxLength: max });
    const param = fc.tuple(fc.constantFrom('a', 'B', 'utm_source', 'sid', 'q', 'page', 'fbclid', ''), text(6));
    const url = fc
      .tuple(
        fc.constantFrom('http', 'HTTPS', 'https'),
        fc.constantFrom('example.com', 'WWW.Example.com.', 'shop.example.com:8080', 'example.com:443', 'bücher.example'),
        fc.array(text(8), { maxLength: 6 }),
        fc.array(param, { maxLength: 5 }),
        text(5),
      )
      .map(([scheme, host, segs, params, frag]) => {
        const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
        return `${scheme}://${host}/${segs.join('/')}${query}#${frag}`;
      });
    fc.assert(
      fc.property(url, (u) => {
        const once = normaliseUrl(u);
        if (once !== null) expect(normaliseUrl(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('same-site scope', () => {
  const keys = new Set([siteKey('www.example.com')]);
  it.each([
    ['https://example.com/a', true],
    ['http://www.example.com/a', true],
    ['https://shop.example.com/', true],
    ['https://example.com:8080/', true],
    ['https://example.org/', false],
    ['https://notexample.com/', false],
    ['https://example.com.evil.net/', false],
  ])('%s is same-site: %s', (url, expected) => {
    expect(isSameSite(url, keys)).toBe(expected);
  });
});
