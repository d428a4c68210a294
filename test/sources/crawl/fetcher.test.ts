/**
 * The fetcher against hostile servers on loopback: huge and lying bodies, decompression
 * bombs, redirect loops and chains, trickling and silent servers. Each cut is asserted at the
 * server (how much it had to produce) and in this process's memory (RSS growth, printed).
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError, fetchUrl, userAgentHeader, type FetchOptions } from '../../../shared/sources/crawl/fetcher.js';
import { FixtureServer, startServer } from './fixture-server.js';
import { bomb, GiB, hugeBody, hugeChunkedBody, MiB, produced, rawServer, silent, trickle, withRssGrowth } from './hostile-responses.js';

const CAP = 10 * MiB;
const base: FetchOptions = { timeoutMs: 10_000, maxBytes: CAP, maxRedirects: 5, userAgent: userAgentHeader('PromiseAuditor', '0.1.0') };

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer((s) => {
    s.page('/', '<p>hello</p>');
    s.on('/2gb', hugeBody(2 * GiB));
    s.on('/2gb-chunked', hugeChunkedBody(2 * GiB));
    s.on('/gzip-bomb', bomb(GiB, ['gzip'], 'gzip'));
    s.on('/deflate-bomb', bomb(GiB, ['deflate'], 'deflate'));
    s.on('/raw-deflate-bomb', bomb(GiB, ['deflate-raw'], 'deflate'));
    s.on('/br-bomb', bomb(GiB, ['br'], 'br'));
    s.on('/double-gzip-labelled-once', bomb(256 * MiB, ['gzip', 'gzip'], 'gzip'));
    s.on('/double-gzip-labelled-twice', bomb(256 * MiB, ['gzip', 'gzip'], 'gzip, gzip'));
    s.on('/compress', { body: 'x', headers: { 'content-encoding': 'compress' } });
    s.on('/corrupt-gzip', { body: Buffer.from('this is not gzip at all'), headers: { 'content-encoding': 'gzip' } });
    s.on('/small-gzip', { body: gzipSync('<p>Calls answered within 30 seconds</p>'), headers: { 'content-encoding': 'gzip' } });
    s.on('/short-body', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' });
      res.write('x'.repeat(600));
      setTimeout(() => res.socket?.destroy(), 20);
    });
    s.on('/long-body', (_req, res) => {
      // Declares 100 bytes but writes far more: only the declared bytes are a response.
      res.socket!.write(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100\r\n\r\n${'y'.repeat(50_000)}`);
      res.socket!.end();
    });
    s.on('/loop-a', { status: 302, headers: { location: '/loop-b' } });
    s.on('/loop-b', { status: 302, headers: { location: '/loop-a' } });
    for (let i = 0; i < 25; i++) s.on(`/hop/${i}`, { status: 301, headers: { location: `/hop/${i + 1}` } });
    s.on('/hop/25', { body: '<p>end of chain</p>' });
    s.on('/relative', { status: 303, headers: { location: 'hop/25' } });
    s.on('/to-ftp', { status: 302, headers: { location: 'ftp://example.com/x' } });
    s.on('/trickle', trickle(300));
    s.on('/silent', silent);
    s.on('/404', { status: 404, body: 'n'.repeat(500_000) });
  });
});
afterAll(() => server.stop());

async function failure(path: string, opts: Partial<FetchOptions> = {}): Promise<FetchError> {
  const err = await fetchUrl(server.url(path), { ...base, ...opts }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  return err as FetchError;
}

describe('fetchUrl basics', () => {
  it('sends the product token and version as User-Agent', async () => {
    const res = await fetchUrl(server.url('/'), base);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('<p>hello</p>');
    expect([...server.userAgents]).toContain('PromiseAuditor/0.1.0 (+local audit)');
  });

  it('decodes a small gzip body', async () => {
    const res = await fetchUrl(server.url('/small-gzip'), base);
    expect(res.body.toString()).toBe('<p>Calls answered within 30 seconds</p>');
    expect(res.truncated).toBe(false);
  });

  it('keeps at most 64 KiB of an error page', async () => {
    const res = await fetchUrl(server.url('/404'), base);
    expect(res.status).toBe(404);
    expect(res.body.length).toBe(64 * 1024);
  });

  it('refuses non-http URLs and unsupported or corrupt encodings with clear errors', async () => {
    await expect(fetchUrl('file:///etc/passwd', base)).rejects.toThrow(/only http and https/);
    expect((await failure('/compress')).message).toMatch(/unsupported Content-Encoding "compress"/);
    expect((await failure('/corrupt-gzip')).code).toBe('content-encoding');
    expect((await failure('/to-ftp')).message).toMatch(/redirects to a ftp: URL/);
  });
});

describe('redirects', () => {
  it('stops a redirect loop', async () => {
    const before = server.count('/loop-a') + server.count('/loop-b');
    const err = await failure('/loop-a');
    expect(err.code).toBe('redirect-loop');
    expect(server.count('/loop-a') + server.count('/loop-b') - before).toBe(2);
  });

  it('stops a 25-hop chain at the cap (5), asserted at the server', async () => {
    const err = await failure('/hop/0');
    expect(err.code).toBe('too-many-redirects');
    expect(server.count('/hop/5')).toBe(1);
    expect(server.count('/hop/6')).toBe(0);
  });

  it('follows relative redirects and reports the chain', async () => {
    const res = await fetchUrl(server.url('/hop/22'), base);
    expect(res.url).toBe(server.url('/hop/25'));
    expect(res.redirects).toEqual([server.url('/hop/22'), server.url('/hop/23'), server.url('/hop/24')]);
    const rel = await fetchUrl(server.url('/relative'), base);
    expect(rel.body.toString()).toBe('<p>end of chain</p>');
  });

  it('asks before following a redirect', async () => {
    const err = await failure('/hop/20', { checkRedirect: (u) => (u.endsWith('/hop/22') ? 'robots.txt disallows it' : null) });
    expect(err.code).toBe('redirect-refused');
    expect(err.message).toMatch(/hop\/22 refused: robots.txt disallows it/);
  });
});

describe('size cap after decompression, memory bounded', () => {
  // The last column: whether the server must have been stopped early. A double-gzip server
  // compresses its whole input before the socket pushes back (the output is tiny), so there
  // only the client side is asserted.
  const cases = [
    ['a 2 GB body (Content-Length declared)', '/2gb', true],
    ['a 2 GB chunked body', '/2gb-chunked', true],
    ['a gzip bomb (1 GB)', '/gzip-bomb', true],
    ['a zlib deflate bomb (1 GB)', '/deflate-bomb', true],
    ['a raw deflate bomb (1 GB)', '/raw-deflate-bomb', true],
    ['a brotli bomb (1 GB)', '/br-bomb', true],
    ['a double-gzip bomb labelled "gzip, gzip" (256 MB)', '/double-gzip-labelled-twice', false],
  ] as const;

  it.each(cases)('cuts %s at the cap', async (name, path, stoppedEarly) => {
    produced.bytes = 0;
    const { value: res, growthMiB } = await withRssGrowth(() => fetchUrl(server.url(path), base));
    console.log(`${name}: cut at ${res.body.length} bytes; server produced ${(produced.bytes / MiB).toFixed(1)} MiB; RSS growth ${growthMiB.toFixed(1)} MiB`);
    expect(res.truncated).toBe(true);
    expect(res.body.length).toBe(CAP);
    expect(growthMiB).toBeLessThan(100);
    // The server was stopped long before it produced its whole body.
    if (stoppedEarly) expect(produced.bytes).toBeLessThan(256 * MiB);
  });

  it('decodes a double-gzipped body labelled "gzip" once, as the header says', async () => {
    const { value: res, growthMiB } = await withRssGrowth(() => fetchUrl(server.url('/double-gzip-labelled-once'), base));
    console.log(`double gzip labelled once: ${res.body.length} bytes kept (still gzip), RSS growth ${growthMiB.toFixed(1)} MiB`);
    expect(res.truncated).toBe(false);
    expect(res.body[0]).toBe(0x1f);
    expect(res.body[1]).toBe(0x8b);
    expect(res.body.length).toBeLessThan(CAP);
    expect(growthMiB).toBeLessThan(100);
  });
});

describe('lying Content-Length', () => {
  it('fails a body shorter than declared', async () => {
    const err = await failure('/short-body');
    expect(err.code).toBe('incomplete');
  });

  it('takes only the declared bytes of a longer body', async () => {
    const res = await fetchUrl(server.url('/long-body'), base);
    expect(res.body.length).toBe(100);
  });
});

describe('slow and silent servers', () => {
  it('aborts a slow-loris body (1 byte / 300 ms) within the timeout plus 2 s', async () => {
    const started = Date.now();
    const err = await failure('/trickle', { timeoutMs: 1500 });
    const ms = Date.now() - started;
    console.log(`slow-loris body aborted after ${ms} ms (timeout 1500 ms)`);
    expect(err.code).toBe('timeout');
    expect(ms).toBeLessThan(1500 + 2000);
  });

  it('aborts a server trickling its headers within the timeout plus 2 s', async () => {
    const raw = await rawServer('trickle-headers', 200);
    try {
      const started = Date.now();
      const err = await fetchUrl(`${raw.origin}/`, { ...base, timeoutMs: 1500 }).catch((e: FetchError) => e);
      expect((err as FetchError).code).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(3500);
    } finally {
      await raw.close();
    }
  });

  it('aborts a silent socket on the idle timeout', async () => {
    const raw = await rawServer('silent');
    try {
      const started = Date.now();
      const err = await fetchUrl(`${raw.origin}/`, { ...base, timeoutMs: 10_000, idleTimeoutMs: 800 }).catch((e: FetchError) => e);
      const ms = Date.now() - started;
      console.log(`silent socket aborted after ${ms} ms (idle timeout 800 ms)`);
      expect((err as FetchError).code).toBe('idle-timeout');
      expect(ms).toBeLessThan(800 + 2000);
    } finally {
      await raw.close();
    }
  });

  it('aborts a silent HTTP handler on the whole-request timeout', async () => {
    const started = Date.now();
    const err = await failure('/silent', { timeoutMs: 1000 });
    expect(['timeout', 'idle-timeout']).toContain(err.code);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('cancels a request in flight through its AbortSignal', async () => {
    const ac = new AbortController();
    const started = Date.now();
    setTimeout(() => ac.abort(), 200);
    const err = await failure('/trickle', { timeoutMs: 10_000, signal: ac.signal });
    expect(err.code).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
