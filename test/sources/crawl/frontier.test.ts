import { describe, expect, it } from 'vitest';
import { crawl, CrawlError, memoryStore } from '../../../shared/sources/crawl/crawler.js';
import { DUPLICATE_PREFIX, Frontier, REASON, type AdmissionRules } from '../../../shared/sources/crawl/frontier.js';
import type { FrontierBatch, FrontierStore } from '../../../shared/sources/crawl/frontier-store.js';
import { DEFAULT_TRAP_LIMITS, TrapGuard } from '../../../shared/sources/crawl/traps.js';
import { testOptions } from './crawl-options.js';
import { htmlPage, startServer } from './fixture-server.js';

const rules: AdmissionRules = {
  siteKeys: new Set(['example.com']),
  maxDepth: 3,
  include: [],
  exclude: [/\/admin\//],
  followPdfs: false,
};

const frontier = (r: Partial<AdmissionRules> = {}) => new Frontier({ ...rules, ...r }, new TrapGuard(DEFAULT_TRAP_LIMITS));

describe('Frontier admission', () => {
  it.each([
    ['https://example.com/about', 1, 'queued', null],
    ['https://www.example.com/about', 1, 'queued', null],
    ['https://other.org/about', 1, 'offsite', null],
    ['https://example.com/logo.PNG', 1, 'excluded', 'not a page or PDF (.PNG)'],
    ['https://example.com/flyer.pdf', 1, 'excluded', REASON.pdfOff],
    ['https://example.com/admin/users', 1, 'excluded', REASON.excludedPattern],
    ['https://example.com/deep', 4, 'excluded', REASON.depth],
    ['https://example.com/a/a/a/', 1, 'excluded', 'trap: path segment "a" repeated 3 times'],
  ] as const)('%s at depth %i is %s', (url, depth, kind, reason) => {
    const a = frontier().admit(url, depth, 'link');
    expect(a.kind).toBe(kind);
    if (a.kind === 'excluded') expect(a.entry.reason).toBe(reason);
  });

  it('admits a URL once', () => {
    const f = frontier();
    expect(f.admit('https://example.com/x', 1, 'link').kind).toBe('queued');
    expect(f.admit('https://example.com/x', 1, 'link').kind).toBe('known');
    expect(f.queuedCount).toBe(1);
  });

  it('applies include patterns', () => {
    const f = frontier({ include: [/\/services\//] });
    expect(f.admit('https://example.com/services/phone', 1, 'link').kind).toBe('queued');
    const other = f.admit('https://example.com/news', 1, 'link');
    expect(other.kind === 'excluded' && other.entry.reason).toBe(REASON.notIncluded);
  });

  it('restores counts and queues from a snapshot, shallowest first', () => {
    const f = frontier();
    f.restore({
      entries: [
        { url: 'https://example.com/', depth: 0, state: 'done', reason: null, via: 'start' },
        { url: 'https://example.com/deep', depth: 2, state: 'queued', reason: null, via: 'link' },
        { url: 'https://example.com/copy', depth: 1, state: 'done', reason: `${DUPLICATE_PREFIX}https://example.com/`, via: 'link' },
        { url: 'https://example.com/private', depth: 1, state: 'excluded', reason: REASON.robots, via: 'link' },
        { url: 'https://example.com/broken', depth: 1, state: 'failed', reason: 'HTTP 500', via: 'link' },
        { url: 'https://example.com/sitemap.xml', depth: 0, state: 'done', reason: REASON.sitemapFile, via: 'sitemap' },
        { url: 'https://example.com/near', depth: 1, state: 'queued', reason: null, via: 'link' },
      ],
      contentHashes: new Map([['abc', 'https://example.com/']]),
    });
    expect(f.counts).toMatchObject({ fetched: 3, stored: 1, duplicates: 1, failed: 1, excluded: 1 });
    expect(f.robotsExcluded).toEqual(['https://example.com/private']);
    const q = [...f.originQueues()][0]!;
    expect([q.shift()?.url, q.shift()?.url]).toEqual(['https://example.com/near', 'https://example.com/deep']);
  });
});

describe('a store that cannot be written', () => {
  it('stops the crawl with a CrawlError naming the cause', async () => {
    const server = await startServer((s) => s.page('/', htmlPage('Home', ['Hello.'], ['/a'])).page('/a', htmlPage('A', ['A.'])));
    let commits = 0;
    const failing: FrontierStore = {
      load: () => ({ entries: [], contentHashes: new Map() }),
      commit: (_b: FrontierBatch) => {
        if (++commits > 1) throw new Error('SQLITE_FULL: database or disk is full');
      },
    };
    try {
      const err = await crawl(testOptions([server.url('/')]), failing).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CrawlError);
      expect((err as CrawlError).code).toBe('store');
      expect((err as Error).message).toMatch(/disk is full/);
      // The in-memory store, by contrast, takes the same crawl.
      expect((await crawl(testOptions([server.url('/')]), memoryStore())).stored).toBe(2);
    } finally {
      await server.stop();
    }
  });
});
