/**
 * Sitemap discovery inside a crawl: the sitemaps of each start origin (robots.txt `Sitemap:`
 * lines and /sitemap.xml) are read within the crawl's scope, robots.txt and byte cap, and the
 * pages they list are offered to the frontier. Each sitemap file is recorded in the frontier
 * together with its URLs in one batch, so a resumed crawl does not read it again.
 */
import type { CrawlOptions } from '../../domain/settings.js';
import type { CommitBatcher } from './commit-batcher.js';
import type { CrawlLimits } from './crawl-types.js';
import { fetchUrl, type HttpAgents } from './fetcher.js';
import { REASON, type Frontier } from './frontier.js';
import type { RobotsCache } from './robots-policy.js';
import { discoverSitemaps, type SitemapReport } from './sitemap-discovery.js';
import { normaliseUrl, originOf } from './url.js';

/** What sitemap reading shares with the crawl. */
export interface SitemapContext {
  readonly options: CrawlOptions;
  readonly limits: CrawlLimits;
  readonly frontier: Frontier;
  readonly batcher: CommitBatcher;
  readonly robots: RobotsCache;
  readonly agents: HttpAgents;
  readonly userAgent: string;
  readonly signal: AbortSignal;
}

/** Reads the sitemaps of the start URLs' origins and queues the pages they list. Never throws for a bad sitemap. */
export async function readSitemaps(starts: readonly string[], ctx: SitemapContext): Promise<SitemapReport> {
  const origins = [...new Set(starts.map((u) => originOf(u)))];
  const seeds: string[] = [];
  for (const origin of origins) {
    const listed = ctx.options.respectRobots ? (await ctx.robots.policyFor(origin)).sitemaps : [];
    for (const s of [...listed, `${origin}/sitemap.xml`]) {
      const url = normaliseUrl(s);
      if (url && !seeds.includes(url)) seeds.push(url);
    }
  }
  return discoverSitemaps(
    seeds,
    {
      fetch: (url, maxBytes) =>
        fetchUrl(url, {
          timeoutMs: ctx.options.timeoutMs,
          ...(ctx.limits.idleTimeoutMs !== null ? { idleTimeoutMs: ctx.limits.idleTimeoutMs } : {}),
          maxBytes,
          maxRedirects: ctx.options.maxRedirects,
          userAgent: ctx.userAgent,
          signal: ctx.signal,
          agents: ctx.agents,
          accept: 'application/xml,text/xml,text/plain;q=0.9,*/*;q=0.5',
        }),
      refuse: async (raw) => {
        if (ctx.signal.aborted) return 'cancelled';
        const url = normaliseUrl(raw);
        if (!url) return 'not an http(s) URL';
        if (ctx.frontier.stateOf(url) !== undefined) return 'already read';
        if (ctx.frontier.refusal(url) === 'offsite') return 'it is on another site';
        if (ctx.options.respectRobots) {
          const policy = await ctx.robots.policyFor(originOf(url));
          if (!policy.isAllowed(url, ctx.options.userAgentToken)) return REASON.robots;
        }
        return null;
      },
      onSitemap: (raw, pages) => {
        // A sitemap cut short by cancelling is not recorded, so a resumed crawl reads it.
        if (ctx.signal.aborted) return;
        const url = normaliseUrl(raw) ?? raw;
        const entry = { url, depth: 0, state: 'done' as const, reason: REASON.sitemapFile, via: 'sitemap' as const, doc: null };
        ctx.frontier.record(entry);
        ctx.batcher.settle(entry);
        // Sitemap pages sit one step from the start; with a depth of 0 none of them is wanted.
        if (ctx.options.maxDepth < 1) pages = [];
        for (const page of pages) {
          const p = normaliseUrl(page);
          if (!p) continue;
          const a = ctx.frontier.admit(p, 1, 'sitemap');
          if (a.kind === 'queued') ctx.batcher.add(a.entry);
          else if (a.kind === 'excluded') ctx.batcher.settle(a.entry);
        }
        ctx.batcher.flush();
      },
    },
    { ...ctx.limits.sitemaps, maxBytes: Math.min(ctx.limits.sitemaps.maxBytes, ctx.options.maxBytes) },
  );
}
