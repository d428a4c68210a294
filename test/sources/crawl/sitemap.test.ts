/**
 * Sitemaps: parsing (entities, XXE, billion laughs, caps) and discovery through a crawl on
 * loopback (indexes, cycles, nesting, gzip, a gzip bomb, 50,001 URLs), asserted at the server.
 */
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { crawl, memoryStore } from '../../../shared/sources/crawl/crawler.js';
import { parseSitemap } from '../../../shared/sources/crawl/sitemap.js';
import { testOptions } from './crawl-options.js';
import { FixtureServer, htmlPage, startServer } from './fixture-server.js';
import { MiB, withRssGrowth } from './hostile-responses.js';

const urlset = (locs: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs
    .map((l) => `  <url><loc>${l}</loc><changefreq>weekly</changefreq></url>`)
    .join('\n')}\n</urlset>\n`;
const sitemapIndex = (locs: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs
    .map((l) => `  <sitemap><loc>${l}</loc><lastmod>2025-05-01</lastmod></sitemap>`)
    .join('\n')}\n</sitemapindex>\n`;

describe('parseSitemap', () => {
  it('reads a urlset, decoding the XML escapes of its URLs', () => {
    const s = parseSitemap(urlset(['https://x.test/', 'https://x.test/search?a=1&amp;b=2']), 100);
    expect(s).toEqual({ kind: 'urlset', pages: ['https://x.test/', 'https://x.test/search?a=1&b=2'], sitemaps: [], capped: false });
  });

  it('reads a sitemap index and prefixed element names', () => {
    expect(parseSitemap(sitemapIndex(['https://x.test/a.xml', 'https://x.test/b.xml.gz']), 100).sitemaps).toEqual([
      'https://x.test/a.xml',
      'https://x.test/b.xml.gz',
    ]);
    const prefixed = '<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc> https://x.test/p </sm:loc></sm:url></sm:urlset>';
    expect(parseSitemap(prefixed, 100).pages).toEqual(['https://x.test/p']);
  });

  it('never expands an external entity (XXE)', () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY site "https://evil.example">]>
<urlset><url><loc>&site;/x</loc></url><url><loc>https://x.test/&xxe;</loc></url></urlset>`;
    const s = parseSitemap(xxe, 100);
    expect(s.pages).toEqual(['&site;/x', 'https://x.test/&xxe;']);
    expect(JSON.stringify(s)).not.toMatch(/root:|evil\.example/);
  });

  it('never expands nested entities (billion laughs)', () => {
    const defs = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) defs.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const doc = `<?xml version="1.0"?><!DOCTYPE urlset [${defs.join('')}]><urlset><url><loc>https://x.test/&lol9;</loc></url></urlset>`;
    const s = parseSitemap(doc, 100);
    expect(s.pages).toEqual(['https://x.test/&lol9;']);
  });

  it('keeps at most the cap of entries and says it was capped', () => {
    const locs = Array.from({ length: 50_001 }, (_, i) => `https://x.test/p/${i}`);
    const s = parseSitemap(urlset(locs), 50_000);
    expect(s.pages.length).toBe(50_000);
    expect(s.pages.at(-1)).toBe('https://x.test/p/49999');
    expect(s.capped).toBe(true);
  });

  it('reads a plain-text sitemap', () => {
    expect(parseSitemap('https://x.test/a\n\nnot a url\r\nhttps://x.test/b\n', 10).pages).toEqual(['https://x.test/a', 'https://x.test/b']);
  });
});

describe('sitemap discovery in a crawl', () => {
  let server: FixtureServer | null = null;
  afterEach(async () => {
    await server?.stop();
    server = null;
  });

  const xml = (body: string) => ({ type: 'application/xml', body });

  it('follows robots.txt Sitemap lines and indexes, reads gzipped sitemaps, visits a cycle once', async () => {
    server = await startServer((s) => {
      s.on('/robots.txt', (_req, res, srv) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`User-agent: *\nDisallow: /blocked/\nSitemap: ${srv.origin}/maps/index.xml\nSitemap: ${srv.origin}/blocked/map.xml\n`);
      });
      s.on('/maps/index.xml', (_req, res, srv) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(sitemapIndex([`${srv.origin}/maps/a.xml`, `${srv.origin}/maps/b.xml.gz`]));
      });
      s.on('/maps/a.xml', (_req, res, srv) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        // An index listing itself and its parent: a cycle.
        res.end(sitemapIndex([`${srv.origin}/maps/index.xml`, `${srv.origin}/maps/a.xml`, `${srv.origin}/maps/c.xml`]));
      });
      s.on('/maps/b.xml.gz', (_req, res, srv) => {
        res.writeHead(200, { 'content-type': 'application/gzip' });
        res.end(gzipSync(urlset([`${srv.origin}/from-gzip`])));
      });
      s.on('/maps/c.xml', (_req, res, srv) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(urlset([`${srv.origin}/from-c`, 'https://elsewhere.example/not-ours']));
      });
      s.on('/sitemap.xml', xml(urlset([])));
      s.page('/', htmlPage('Home', ['Welcome.']));
      s.page('/from-gzip', htmlPage('Gzip', ['Listed in a gzipped sitemap.']));
      s.page('/from-c', htmlPage('C', ['Listed in a nested sitemap.']));
    });
    const summary = await crawl(testOptions([server.url('/')]), memoryStore());
    for (const path of ['/maps/index.xml', '/maps/a.xml', '/maps/b.xml.gz', '/maps/c.xml', '/from-gzip', '/from-c', '/sitemap.xml']) {
      expect([path, server.count(path)]).toEqual([path, 1]);
    }
    expect(server.count('/blocked/map.xml')).toBe(0);
    expect(summary.sitemaps.read).toBe(5);
    expect(summary.sitemaps.notes.join('\n')).toMatch(/blocked\/map.xml: not read \(robots.txt disallows it\)/);
  });

  it('stops at the index nesting cap (an index 6 deep)', async () => {
    server = await startServer((s) => {
      s.on('/robots.txt', { status: 404 });
      for (let i = 0; i < 6; i++) {
        s.on(i === 0 ? '/sitemap.xml' : `/deep/${i}.xml`, (_req, res, srv) => {
          res.writeHead(200, { 'content-type': 'application/xml' });
          res.end(sitemapIndex([`${srv.origin}/deep/${i + 1}.xml`]));
        });
      }
      s.on('/deep/6.xml', (_req, res, srv) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(urlset([`${srv.origin}/too-deep`]));
      });
      s.page('/', htmlPage('Home', ['Welcome.']));
    });
    const summary = await crawl(testOptions([server.url('/')]), memoryStore());
    expect(server.count('/deep/3.xml')).toBe(1);
    expect(server.count('/deep/4.xml')).toBe(0);
    expect(server.count('/too-deep')).toBe(0);
    expect(summary.sitemaps.notes.join('\n')).toMatch(/deep\/4.xml: not read, sitemap indexes nest deeper than 4/);
  });

  it('cuts a gzipped sitemap bomb (1 GB) at the byte cap, memory bounded', async () => {
    // 64 gzip members of 16 MiB each: one valid gzip stream inflating to 1 GiB, 1 MiB on the wire.
    const member = gzipSync(Buffer.alloc(16 * MiB, 0x20), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 64 }, () => member));
    server = await startServer((s) => {
      s.on('/robots.txt', { status: 404 });
      s.on('/sitemap.xml', { type: 'application/x-gzip', body: bomb });
      s.page('/', htmlPage('Home', ['Welcome.']));
    });
    const { value: summary, growthMiB } = await withRssGrowth(() =>
      crawl(testOptions([server!.url('/')], { maxBytes: 8 * MiB }), memoryStore()),
    );
    console.log(`gzipped sitemap bomb: ${bomb.length} bytes on the wire, cut at 8 MiB; RSS growth ${growthMiB.toFixed(1)} MiB`);
    expect(summary.sitemaps.notes.join('\n')).toMatch(/cut at 8388608 bytes \(after decompression\)/);
    expect(growthMiB).toBeLessThan(100);
    expect(summary.stoppedBy).toBe('complete');
  });

  it('takes 50,000 URLs of a 50,001-URL sitemap and enqueues nothing past the cap', async () => {
    server = await startServer((s) => {
      s.on('/robots.txt', { status: 404 });
      s.on('/sitemap.xml', (_req, res, srv) => {
        res.writeHead(200, { 'content-type': 'application/xml' });
        res.end(urlset(Array.from({ length: 50_001 }, (_, i) => `${srv.origin}/p/${i}`)));
      });
      s.page('/', htmlPage('Home', ['Welcome.']));
    });
    const store = memoryStore();
    const summary = await crawl(testOptions([server.url('/')], { maxPages: 3 }), store);
    const fromSitemap = [...store.entries.values()].filter((e) => e.via === 'sitemap' && e.url.includes('/p/'));
    expect(fromSitemap.length).toBe(50_000);
    expect(store.entries.has(server.url('/p/50000'))).toBe(false);
    expect(summary.sitemaps.notes.join('\n')).toMatch(/only the first 50000 entries read/);
    expect(summary.fetched).toBe(3);
  });
});
