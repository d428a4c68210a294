import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRobotsPolicy } from '../../../shared/sources/crawl/robots-policy.js';
import { matchesPattern, PARSE_LIMIT_BYTES, pathOfUrl, RobotsTxt } from '../../../shared/sources/crawl/robots.js';
import { FixtureServer, startServer } from './fixture-server.js';

/** Exactly `bytes` bytes of comment lines, ending in a line break. */
function commentLines(bytes: number): string {
  const line = `# ${'f'.repeat(97)}\n`;
  const full = Math.floor(bytes / line.length);
  const rest = bytes - full * line.length;
  return line.repeat(full) + (rest >= 2 ? `#${'f'.repeat(rest - 2)}\n` : '\n'.repeat(rest));
}

describe('RobotsTxt parsing and matching', () => {
  it.each([
    ['/fish', '/fish*', true],
    ['/fish', '/fish$', true],
    ['/fish.html', '/fish$', false],
    ['/a/b/c.php', '/*.php$', true],
    ['/a/b/c.php?x', '/*.php$', false],
    ['/a/b/c.php?x', '/*.php', true],
    ['/$x', '/$x', true],
    ['/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab', '/*a*a*a*a*a*a*a*a*a*a*a*a*c', false],
  ])('path %s vs pattern %s -> %s', (path, pattern, expected) => {
    expect(matchesPattern(path, pattern)).toBe(expected);
  });

  it.each([
    ['http://example.com', '/'],
    ['http://example.com/a?b=c#frag', '/a?b=c'],
    ['http://example.com;x', '/;x'],
    ['https://example.com:8080//double', '//double'],
    ['/already/a/path', '/already/a/path'],
  ])('robots path of %s is %s', (url, path) => {
    expect(pathOfUrl(url)).toBe(path);
  });

  it('reads CR, LF and CRLF line ends, a BOM, comments and merges groups of one token', () => {
    const robots = RobotsTxt.parse(
      '\ufeffUser-agent: PromiseAuditor\r\nDisallow: /a # no\rUser-agent: other\nDisallow: /\n\nuser-agent: promiseauditor\ndisallow: /b\n',
    );
    expect(robots.isAllowed('http://x.test/a', 'PromiseAuditor')).toBe(false);
    expect(robots.isAllowed('http://x.test/b', 'PromiseAuditor')).toBe(false);
    expect(robots.isAllowed('http://x.test/c', 'PromiseAuditor')).toBe(true);
    expect(robots.isAllowed('http://x.test/c', 'Other')).toBe(false);
  });

  it('percent-encodes non-ASCII patterns and compares escapes case-insensitively in hex', () => {
    const robots = RobotsTxt.parse('User-agent: *\nDisallow: /caf\u00e9\nDisallow: /x%2fy\n');
    expect(robots.isAllowed('http://x.test/caf%C3%A9/menu', 'Bot')).toBe(false);
    expect(robots.isAllowed('http://x.test/x%2Fy', 'Bot')).toBe(false);
    expect(robots.isAllowed('http://x.test/cafe', 'Bot')).toBe(true);
  });

  it('lists Sitemap lines wherever they stand', () => {
    const robots = RobotsTxt.parse('Sitemap: https://x.test/a.xml\nUser-agent: *\nDisallow:\nsitemap: https://x.test/b.xml.gz\n');
    expect(robots.sitemaps).toEqual(['https://x.test/a.xml', 'https://x.test/b.xml.gz']);
  });

  it(`parses the first ${PARSE_LIMIT_BYTES} bytes and drops a line cut by the limit`, () => {
    const head = 'User-agent: *\nDisallow: /early\n';
    // "Disallow: /abc" ends exactly at the limit, the rest of its line lies beyond it.
    const body = `${head}${commentLines(PARSE_LIMIT_BYTES - head.length - 14)}Disallow: /abcdefghijklmnopqrstuvwxyz\nDisallow: /late\n`;
    const robots = RobotsTxt.parse(body);
    expect(robots.isAllowed('http://x.test/early', 'Bot')).toBe(false);
    // The cut line must not turn into the shorter, broader "/abc".
    expect(robots.isAllowed('http://x.test/abc', 'Bot')).toBe(true);
    expect(robots.isAllowed('http://x.test/late', 'Bot')).toBe(true);
  });
});

describe('robots.txt fetch policy (RFC 9309 2.3): status matrix', () => {
  let server: FixtureServer;
  const KiB = 1024;
  const filler = commentLines;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  async function policyFor(setup: (s: FixtureServer) => void, timeoutMs = 2000) {
    const s = await startServer(setup);
    try {
      const started = Date.now();
      const policy = await fetchRobotsPolicy(s.origin, { timeoutMs, userAgent: 'PromiseAuditor/test' });
      return { policy, ms: Date.now() - started, server: s };
    } finally {
      await s.stop();
    }
  }

  const rules = 'User-agent: *\nDisallow: /private/\n';

  it.each([
    ['200 with rules', 200, 'parsed', true, false],
    ['404', 404, 'allow-all', true, true],
    ['410', 410, 'allow-all', true, true],
    ['401', 401, 'allow-all', true, true],
    ['403', 403, 'allow-all', true, true],
    ['429', 429, 'disallow-all', false, false],
    ['500', 500, 'disallow-all', false, false],
    ['503', 503, 'disallow-all', false, false],
  ] as const)('%s', async (_name, status, expected, publicAllowed, privateAllowed) => {
    const { policy } = await policyFor((s) => s.on('/robots.txt', { status, type: 'text/plain', body: rules }));
    expect(policy.status).toBe(expected);
    expect(policy.isAllowed(`http://h.test/public`, 'PromiseAuditor')).toBe(publicAllowed);
    expect(policy.isAllowed(`http://h.test/private/x`, 'PromiseAuditor')).toBe(privateAllowed);
    // robots.txt itself is always fetchable.
    expect(policy.isAllowed(`http://h.test/robots.txt`, 'PromiseAuditor')).toBe(true);
  });

  it('follows a chain of 5 redirects to the rules', async () => {
    const { policy, server: s } = await policyFor((s) => {
      s.on('/robots.txt', { status: 301, headers: { location: '/r1' } });
      for (let i = 1; i < 5; i++) s.on(`/r${i}`, { status: 302, headers: { location: `/r${i + 1}` } });
      s.on('/r5', { type: 'text/plain', body: rules });
    });
    expect(policy.status).toBe('parsed');
    expect(policy.isAllowed('http://h.test/private/x', 'PromiseAuditor')).toBe(false);
    expect(s.count('/r5')).toBe(1);
  });

  it('treats more than 5 redirects as unavailable (allow all) and stops there', async () => {
    const { policy, server: s } = await policyFor((s) => {
      s.on('/robots.txt', { status: 301, headers: { location: '/r1' } });
      for (let i = 1; i < 25; i++) s.on(`/r${i}`, { status: 302, headers: { location: `/r${i + 1}` } });
    });
    expect(policy.status).toBe('allow-all');
    expect(policy.note).toMatch(/too-many-redirects/);
    expect(s.log.length).toBe(6);
  });

  it('treats a redirect loop as unavailable', async () => {
    const { policy } = await policyFor((s) => {
      s.on('/robots.txt', { status: 301, headers: { location: '/loop' } });
      s.on('/loop', { status: 301, headers: { location: '/robots.txt' } });
    });
    expect(policy.status).toBe('allow-all');
  });

  it('treats a timeout as unreachable (disallow all), within the timeout plus 2 s', async () => {
    const { policy, ms } = await policyFor((s) => s.on('/robots.txt', () => undefined), 1000);
    expect(policy.status).toBe('disallow-all');
    expect(policy.note).toMatch(/timeout/);
    expect(ms).toBeLessThan(3000);
  });

  it('treats a refused connection as unreachable (disallow all)', async () => {
    const gone = await startServer();
    const origin = gone.origin;
    await gone.stop();
    const policy = await fetchRobotsPolicy(origin, { timeoutMs: 2000, userAgent: 'PromiseAuditor/test' });
    expect(policy.status).toBe('disallow-all');
    expect(policy.isAllowed(`${origin}/`, 'PromiseAuditor')).toBe(false);
  });

  it('reads a gzip-encoded robots.txt', async () => {
    const { policy } = await policyFor((s) =>
      s.on('/robots.txt', { type: 'text/plain', body: gzipSync(rules), headers: { 'content-encoding': 'gzip' } }),
    );
    expect(policy.isAllowed('http://h.test/private/x', 'PromiseAuditor')).toBe(false);
  });

  it('honours a rule at the end of a 499 KiB file', async () => {
    const body = `User-agent: *\n${filler(499 * KiB - 40)}Disallow: /late/\n`;
    expect(body.length).toBeLessThan(PARSE_LIMIT_BYTES);
    const { policy } = await policyFor((s) => s.on('/robots.txt', { type: 'text/plain', body }));
    expect(policy.status).toBe('parsed');
    expect(policy.isAllowed('http://h.test/late/x', 'PromiseAuditor')).toBe(false);
  });

  it('reads the first 500 KiB of a 600 KiB file: early rules count, rules past the limit do not', async () => {
    const body = `User-agent: *\nDisallow: /early/\n${filler(550 * KiB)}Disallow: /late/\n${filler(50 * KiB)}`;
    const { policy, server: s } = await policyFor((srv) => srv.on('/robots.txt', { type: 'text/plain', body }));
    expect(body.length).toBeGreaterThan(600 * KiB);
    expect(policy.status).toBe('parsed');
    expect(policy.note).toMatch(/first 512000 bytes/);
    expect(policy.isAllowed('http://h.test/early/x', 'PromiseAuditor')).toBe(false);
    expect(policy.isAllowed('http://h.test/late/x', 'PromiseAuditor')).toBe(true);
    expect(s.count('/robots.txt')).toBe(1);
  });
});
