/**
 * A whole crawl of a small company site on loopback: robots.txt, a sitemap, a PDF flyer, a
 * redirect loop, a trickling page, a windows-1252 page, duplicates and a canonical URL.
 * Everything that matters is asserted at the server: what was requested, and how often.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadDocument } from '../../../shared/domain/types.js';
import { crawl, CrawlError, memoryStore, type CrawlProgress, type CrawlSummary } from '../../../shared/sources/crawl/crawler.js';
import type { MemoryFrontierStore } from '../../../shared/sources/crawl/frontier-store.js';
import { testOptions } from './crawl-options.js';
import { FixtureServer, htmlPage, startServer } from './fixture-server.js';
import { trickle } from './hostile-responses.js';

const FLYER = readFileSync(join(import.meta.dirname, '../../fixtures/crawl/service-flyer.pdf'));
// "“We call back within 2 hours” – café" in windows-1252, no charset anywhere.
const LATIN_BYTES = Buffer.concat([
  Buffer.from('<html><head><title>Rappel</title></head><body><p>', 'latin1'),
  Buffer.from('93 57 65 20 63 61 6c 6c 20 62 61 63 6b 20 77 69 74 68 69 6e 20 32 20 68 6f 75 72 73 94 20 96 20 63 61 66 e9'.replace(/ /g, ''), 'hex'),
  Buffer.from('</p></body></html>', 'latin1'),
]);

// "日本語のサポートは24時間以内に返信します" in Shift_JIS, labelled only by the HTTP header.
const SJIS_BYTES = Buffer.concat([
  Buffer.from('<html><body><p>', 'latin1'),
  Buffer.from('93fa967b8cea82cc8354837c815b836782cd32348e9e8ad488c893e082c995d4904d82b582dc82b7', 'hex'),
  Buffer.from('</p></body></html>', 'latin1'),
]);
// A UTF-16LE page with a byte-order mark and no other label.
const UTF16_BYTES = Buffer.concat([Buffer.from('fffe', 'hex'), Buffer.from('<html><body><p>Réponse sous 24 h.</p></body></html>', 'utf16le')]);

function companySite(s: FixtureServer): void {
  s.on('/robots.txt', (_req, res, srv) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`User-agent: *\nDisallow: /private/\n\nSitemap: ${srv.origin}/sitemap.xml\n`);
  });
  s.on('/sitemap.xml', (_req, res, srv) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>${srv.origin}/</loc></url>
  <url><loc>${srv.origin}/about</loc></url>
  <url><loc>${srv.origin}/winter-offer</loc><lastmod>2025-01-01</lastmod></url>
  <url><loc>${srv.origin}/private/sitemap-listed</loc></url>
</urlset>`);
  });
  s.page(
    '/',
    htmlPage(
      'Harbour Energy',
      ['We answer every call within 30 seconds.', 'Our team is here for you seven days a week.'],
      [
        '/about',
        '/contact?utm_source=newsletter&utm_medium=email',
        '/contact#form',
        '/private/staff-notes',
        '/flyers/service-flyer.pdf',
        '/loop',
        '/slow',
        '/silent',
        '/old-contact',
        '/latin',
        '/tokyo',
        '/utf16',
        '/copy-of-about',
        '/about-variant?ref=footer',
        '/logo.png',
        'https://other.example/partner',
        'mailto:help@harbour.example',
      ],
    ),
  );
  s.page('/about', htmlPage('About us', ['We have served the coast since 1982.', 'We reply to every letter within 5 working days.'], ['/']));
  s.page('/copy-of-about', htmlPage('About us', ['We have served the coast since 1982.', 'We reply to every letter within 5 working days.'], ['/']));
  s.page(
    '/about-variant?ref=footer',
    htmlPage('About us (print)', ['A printable version of our about page.'], [], '<link rel="canonical" href="/about">'),
  );
  s.page('/contact', htmlPage('Contact', ['Call us on 0800 123 456. We call back within 2 hours.'], ['/', '/private/staff-notes']));
  s.on('/old-contact', { status: 301, headers: { location: '/contact-us' } });
  s.page('/contact-us', htmlPage('Contact us', ['Email us and we will reply within one working day.']));
  s.page('/winter-offer', htmlPage('Winter offer', ['Boiler repairs within 48 hours, or your call-out fee back.']));
  s.page('/private/staff-notes', htmlPage('Staff notes', ['Internal only.']));
  s.page('/private/sitemap-listed', htmlPage('Private', ['Internal only.']));
  s.on('/flyers/service-flyer.pdf', { type: 'application/pdf', body: FLYER });
  s.on('/loop', { status: 302, headers: { location: '/loop2' } });
  s.on('/loop2', { status: 302, headers: { location: '/loop' } });
  s.on('/slow', trickle(300));
  s.on('/silent', () => undefined);
  s.on('/latin', { type: 'text/html', body: LATIN_BYTES });
  s.on('/tokyo', { type: 'text/html; charset=Shift_JIS', body: SJIS_BYTES });
  s.on('/utf16', { type: 'text/html', body: UTF16_BYTES });
  s.on('/logo.png', { type: 'image/png', body: Buffer.from('89504e47', 'hex') });
}

function texts(doc: ReadDocument | undefined): string[] {
  return (doc?.passages ?? []).map((p) => p.text);
}

describe('crawling a company site', () => {
  let server: FixtureServer;
  let store: MemoryFrontierStore;
  let summary: CrawlSummary;
  const progress: CrawlProgress[] = [];
  const documents: string[] = [];

  beforeAll(async () => {
    server = await startServer(companySite);
    store = memoryStore();
    summary = await crawl(
      testOptions([server.url('/')], { timeoutMs: 1000 }),
      store,
      { onProgress: (p) => progress.push(p), onDocument: (d) => documents.push(d.uri), progressIntervalMs: 0 },
    );
  });
  afterAll(() => server.stop());

  const doc = (path: string) => store.documents.get(server.url(path));

  it('never requests a page robots.txt disallows, and reports it', () => {
    expect(server.count('/private/staff-notes')).toBe(0);
    expect(server.count('/private/sitemap-listed')).toBe(0);
    expect(summary.robotsExcluded).toEqual(
      expect.arrayContaining([server.url('/private/staff-notes'), server.url('/private/sitemap-listed')]),
    );
    expect(summary.robots).toEqual([{ origin: server.origin, status: 'parsed', note: 'HTTP 200' }]);
  });

  it('finds a page listed only in the sitemap', () => {
    expect(server.count('/winter-offer')).toBe(1);
    expect(texts(doc('/winter-offer'))).toContain('Boiler repairs within 48 hours, or your call-out fee back.');
    expect(summary.sitemaps.read).toBe(1);
  });

  it('reads the linked PDF as a flyer, with page numbers', () => {
    const flyer = doc('/flyers/service-flyer.pdf');
    expect(flyer?.kind).toBe('flyer');
    expect(flyer?.format).toBe('pdf');
    expect(flyer?.pageCount).toBe(2);
    const byText = new Map(flyer!.passages.map((p) => [p.text, p.location.page]));
    expect(byText.get('We answer every phone call within 30 seconds.')).toBe(1);
    expect(byText.get('Refunds reach your account within 5 working days.')).toBe(2);
  });

  it('stops a redirect loop at the cap and records why', () => {
    expect(server.count('/loop')).toBe(1);
    expect(server.count('/loop2')).toBe(1);
    expect(summary.failures.find((f) => f.url === server.url('/loop'))?.reason).toMatch(/redirect loop/);
  });

  it('times out the trickling and the silent page without stalling the rest of the crawl', () => {
    expect(summary.failures.find((f) => f.url === server.url('/slow'))?.reason).toMatch(/no complete response within 1000 ms/);
    expect(summary.failures.find((f) => f.url === server.url('/silent'))?.reason).toMatch(/no (data|complete response) (for|within) 1000 ms/);
    expect(summary.stoppedBy).toBe('complete');
    expect(summary.queued).toBe(0);
  });

  it('reads a windows-1252 page without a charset exactly', () => {
    expect(texts(doc('/latin'))).toEqual(['\u201cWe call back within 2 hours\u201d \u2013 caf\u00e9']);
  });

  it('reads a Shift_JIS page and a UTF-16 page with a BOM exactly', () => {
    expect(texts(doc('/tokyo'))).toEqual(['日本語のサポートは24時間以内に返信します']);
    expect(texts(doc('/utf16'))).toEqual(['Réponse sous 24 h.']);
  });

  it('follows a redirect and stores the page under its final URL', () => {
    expect(server.count('/old-contact')).toBe(1);
    expect(server.count('/contact-us')).toBe(1);
    expect(texts(doc('/contact-us'))).toContain('Email us and we will reply within one working day.');
  });

  it('fetches each URL once: tracking parameters and fragments are normalised away', () => {
    expect(server.count('/contact')).toBe(1);
    for (const [path, n] of server.hits) if (path !== '/robots.txt') expect([path, n]).toEqual([path, 1]);
  });

  it('counts duplicate content once and stores it once; a canonical variant is not stored twice', () => {
    expect(summary.duplicates).toBeGreaterThanOrEqual(2);
    const aboutCopies = ['/about', '/copy-of-about', '/about-variant?ref=footer'].filter((p) => doc(p));
    expect(aboutCopies).toEqual(['/about']);
  });

  it('does not follow off-site links, non-documents or mailto', () => {
    expect(server.count('/logo.png')).toBe(0);
    expect(summary.offsite).toBeGreaterThanOrEqual(1);
  });

  it('sends its User-Agent', () => {
    expect([...server.userAgents]).toEqual([expect.stringMatching(/^PromiseAuditor\/\d+\.\d+\.\d+ \(\+local audit\)$/)]);
  });

  it('reports live progress and a consistent summary', () => {
    expect(progress.length).toBeGreaterThan(3);
    const last = progress[progress.length - 1]!;
    expect(last).toMatchObject({ queued: 0, inFlight: 0, fetched: summary.fetched, stored: summary.stored });
    expect(progress.some((p) => p.currentUrl !== null)).toBe(true);
    expect(documents.length).toBe(summary.stored);
    expect(store.documents.size).toBe(summary.stored);
    expect(summary.stored).toBe(9);
    expect(summary.failed).toBe(3);
  });
});

describe('crawl options', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer((s) => {
      s.page('/', htmlPage('Home', ['Home.'], ['/a', '/blog/one', '/shop/item']));
      s.page('/a', htmlPage('A', ['Level one.'], ['/a/b']));
      s.page('/a/b', htmlPage('B', ['Level two.'], ['/a/b/c']));
      s.page('/a/b/c', htmlPage('C', ['Level three.']));
      s.page('/blog/one', htmlPage('Blog', ['A post.']));
      s.page('/shop/item', htmlPage('Item', ['An item.']));
    });
  });
  afterAll(() => server.stop());

  it('stops at the maximum depth', async () => {
    const store = memoryStore();
    await crawl(testOptions([server.url('/')], { maxDepth: 2 }), store);
    expect(server.count('/a/b')).toBe(1);
    expect(server.count('/a/b/c')).toBe(0);
  });

  it('applies include and exclude patterns', async () => {
    server.hits.clear();
    const store = memoryStore();
    const summary = await crawl(testOptions([server.url('/')], { include: ['/$', '/a', '/blog/'], exclude: ['/a/b$'] }), store);
    expect(server.count('/blog/one')).toBe(1);
    expect(server.count('/shop/item')).toBe(0);
    expect(server.count('/a/b')).toBe(0);
    expect(summary.excluded).toBeGreaterThanOrEqual(2);
  });

  it('stops at the page cap and says so', async () => {
    server.hits.clear();
    const summary = await crawl(testOptions([server.url('/')], { maxPages: 2, concurrency: 1 }), memoryStore());
    expect(summary.fetched).toBe(2);
    expect(summary.stoppedBy).toBe('max-pages');
    expect([...server.hits.keys()].filter((p) => p !== '/robots.txt' && p !== '/sitemap.xml').length).toBe(2);
  });

  it('refuses invalid options with a clear error before any request', async () => {
    server.hits.clear();
    await expect(crawl({ ...testOptions([server.url('/')]), exclude: ['(unclosed'] }, memoryStore())).rejects.toThrow(
      /crawl option exclude.0: is not a valid regular expression/,
    );
    await expect(crawl({ ...testOptions([]), startUrls: ['ftp://example.com/'] }, memoryStore())).rejects.toThrow(CrawlError);
    expect(server.hits.size).toBe(0);
  });
});

describe('JavaScript rendering', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer((s) => {
      s.page(
        '/',
        `<!doctype html><html><head><title>App</title></head><body><main id="app"></main>
        <script>document.getElementById('app').innerHTML = '<p>We deliver within 24 hours.</p><a href="/next">next</a>';</script></body></html>`,
      );
      s.page('/next', htmlPage('Next', ['Rendered link followed.']));
    });
  });
  afterAll(() => server.stop());

  it('fails before any request, with a clear message, when no browser is installed', async () => {
    const saved = process.env['PROMISE_AUDIT_CHROME'];
    process.env['PROMISE_AUDIT_CHROME'] = '/nonexistent/chrome';
    try {
      const err = await crawl(testOptions([server.url('/')], { renderJs: true }), memoryStore()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CrawlError);
      expect((err as CrawlError).code).toBe('browser-not-found');
      expect((err as Error).message).toMatch(/No Chrome or Chromium was found.*\/nonexistent\/chrome/);
      expect(server.hits.size).toBe(0);
    } finally {
      if (saved === undefined) delete process.env['PROMISE_AUDIT_CHROME'];
      else process.env['PROMISE_AUDIT_CHROME'] = saved;
    }
  });

  it('reads what scripts put on the page, and follows links they create', async () => {
    const store = memoryStore();
    await crawl(testOptions([server.url('/')], { renderJs: true }), store);
    expect(texts(store.documents.get(server.url('/')))).toContain('We deliver within 24 hours.');
    expect(server.count('/next')).toBe(1);
    expect(server.count('/')).toBe(1);
  });
});
