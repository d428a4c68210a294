/**
 * A trap site on loopback: a 10,000-month calendar with day pages, session ids in URLs,
 * self-nesting "/a/a/a/..." paths, 3 KB URLs and an endless "next page" search, around 50
 * real pages. Asserted at the server: the real pages are each fetched once, fetches stay
 * within the page cap, and no trap-shaped URL is ever requested.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, memoryStore, type CrawlSummary } from '../../../shared/sources/crawl/crawler.js';
import { testOptions } from './crawl-options.js';
import { FixtureServer, htmlPage, startServer } from './fixture-server.js';
import { withRssGrowth } from './hostile-responses.js';

const REAL = 50;
const MONTHS = 10_000;
const MAX_PAGES = 300;

function monthUrl(i: number): string {
  const year = 1500 + Math.floor(i / 12);
  return `/events/calendar?month=${year}-${String((i % 12) + 1).padStart(2, '0')}`;
}

function trapSite(s: FixtureServer): void {
  s.on('/robots.txt', { status: 404 });
  s.on('/sitemap.xml', { status: 404 });
  const realLinks = (i: number): string[] => {
    const links = [2 * i, 2 * i + 1].filter((k) => k >= 1 && k <= REAL).map((k) => `/page/${k}`);
    // Session ids that change on every visit: the same page under ever-new URLs.
    const sid = Math.random().toString(36).slice(2);
    links.push(`/page/${i};jsessionid=${sid}`, `/page/${i}?PHPSESSID=${sid}`, `/page/${i}?sid=${sid}&utm_source=x`);
    return links;
  };
  s.page(
    '/',
    htmlPage('Marina Events', ['We confirm every booking within 1 hour.'], ['/page/1', monthUrl(6000), '/docs/a/', `/long?q=${'x'.repeat(3000)}`, '/search?q=boats&page=1']),
  );
  s.fallback = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://trap.test');
    const send = (html: string) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    };
    const real = /^\/page\/(\d+)$/.exec(url.pathname);
    if (real && Number(real[1]) >= 1 && Number(real[1]) <= REAL) {
      const i = Number(real[1]);
      return send(htmlPage(`Page ${i}`, [`Berth ${i} is cleaned within ${i} hours of departure.`], realLinks(i)));
    }
    if (url.pathname === '/events/calendar') {
      const [y, m] = (url.searchParams.get('month') ?? '1500-01').split('-').map(Number);
      const i = (y! - 1500) * 12 + (m! - 1);
      const days = Array.from({ length: 28 }, (_, d) => `/events/${y}/${String(m).padStart(2, '0')}/${String(d + 1).padStart(2, '0')}`);
      const nav = [i - 1, i + 1].filter((k) => k >= 0 && k < MONTHS).map(monthUrl);
      return send(htmlPage(`Events ${y}-${m}`, ['No events this month.'], [...nav, ...days]));
    }
    if (url.pathname.startsWith('/events/')) return send(htmlPage('Day', [`Nothing on ${url.pathname}.`]));
    if (url.pathname.startsWith('/docs/')) return send(htmlPage('Docs', [`Docs at depth ${url.pathname.split('/').length}.`], ['a/', 'b/a/']));
    if (url.pathname === '/search') {
      const page = Number(url.searchParams.get('page') ?? 1);
      return send(htmlPage(`Search page ${page}`, [`Results page ${page}.`], [`/search?q=boats&page=${page + 1}`]));
    }
    if (url.pathname === '/long') return send(htmlPage('Long', ['Long URL.'], [`/long?q=${'y'.repeat(3000)}`]));
    res.writeHead(404, { 'content-type': 'text/html' });
    res.end('<h1>Not found</h1>');
  };
}

describe('a crawler-trap site', () => {
  let server: FixtureServer;
  let summary: CrawlSummary;
  let growthMiB = 0;

  beforeAll(async () => {
    server = await startServer(trapSite);
    const run = await withRssGrowth(() =>
      crawl(testOptions([server.url('/')], { maxPages: MAX_PAGES, maxDepth: 100, concurrency: 8 }), memoryStore()),
    );
    summary = run.value;
    growthMiB = run.growthMiB;
    const calendar = server.log.filter((p) => p.startsWith('/events/')).length;
    console.log(
      `trap site: ${summary.fetched} pages fetched (cap ${MAX_PAGES}), ${calendar} calendar pages, ` +
        `${summary.excluded} URLs refused, RSS growth ${growthMiB.toFixed(1)} MiB`,
    );
  });
  afterAll(() => server.stop());

  it('fetches every real page exactly once', () => {
    for (let i = 1; i <= REAL; i++) expect([i, server.count(`/page/${i}`)]).toEqual([i, 1]);
    expect(server.log.filter((p) => p.startsWith('/page/') && !/^\/page\/\d+$/.test(p))).toEqual([]);
  });

  it('stays within the page cap, far from the 10,000 calendar pages', () => {
    const pageRequests = server.log.filter((p) => p !== '/robots.txt' && p !== '/sitemap.xml').length;
    expect(pageRequests).toBeLessThanOrEqual(MAX_PAGES);
    expect(summary.fetched).toBe(pageRequests);
    expect(server.log.filter((p) => p.startsWith('/events/calendar')).length).toBeLessThanOrEqual(36);
  });

  it('never requests a URL with a segment repeated more than twice or longer than 2,083 characters', () => {
    for (const path of server.log) {
      const segs = new URL(path, 'http://x').pathname.split('/').filter(Boolean);
      const most = Math.max(0, ...segs.map((s) => segs.filter((t) => t === s).length));
      expect([path, most <= 2]).toEqual([path, true]);
      expect((server.origin + path).length).toBeLessThanOrEqual(2083);
    }
  });

  it('records why trap URLs were refused', () => {
    expect(summary.excluded).toBeGreaterThan(0);
    expect(server.count('/search?page=21&q=boats')).toBe(0);
  });

  it('keeps memory growth under 200 MB', () => {
    expect(growthMiB).toBeLessThan(200);
  });

  it('stops the 10,000-URL calendar at the page cap when the cap comes first', async () => {
    server.log.length = 0;
    const calendarOnly = await crawl(testOptions([server.url(monthUrl(6000))], { maxPages: 40, maxDepth: 100 }), memoryStore());
    expect(calendarOnly.stoppedBy).toBe('max-pages');
    expect(calendarOnly.fetched).toBe(40);
    expect(server.log.filter((p) => p !== '/robots.txt' && p !== '/sitemap.xml').length).toBe(40);
  });
});
