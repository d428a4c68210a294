/**
 * One running crawl: the scheduler that starts requests per origin within the concurrency,
 * delay and page budget, and the handling of each fetched page (redirects, duplicates,
 * canonical URLs, reading, link discovery). Setup and teardown live in crawler.ts.
 */
import { createHash } from 'node:crypto';
import type { CrawlOptions } from '../../domain/settings.js';
import type { ReadDocument } from '../../domain/types.js';
import { contentHash } from '../../store/sources-repo.js';
import type { CommitBatcher } from './commit-batcher.js';
import type { CrawlProgress } from './crawl-types.js';
import { fetchUrl, type FetchResult, type HttpAgents } from './fetcher.js';
import { DUPLICATE_PREFIX, REASON, type Frontier, type OriginQueue } from './frontier.js';
import type { FrontierEntry, SettledEntry } from './frontier-store.js';
import type { JsRenderer } from './js-renderer.js';
import { classifyResponse, readHtmlResponse, readPdfResponse, type PageRead } from './page-reader.js';
import { RobotsPolicy, type RobotsCache } from './robots-policy.js';
import { normaliseUrl } from './url.js';

/** Everything a session works with, prepared by crawl(). */
export interface SessionContext {
  readonly opts: CrawlOptions;
  readonly frontier: Frontier;
  readonly batcher: CommitBatcher;
  readonly robots: RobotsCache;
  readonly agents: HttpAgents;
  readonly userAgent: string;
  readonly idleTimeoutMs: number | null;
  readonly renderer: JsRenderer | null;
  readonly signal: AbortSignal;
  readonly progress: (p: CrawlProgress, force?: boolean) => void;
}

/** Stands in for robots.txt when the crawl is told not to honour it (only a site's owner should). */
const IGNORED_ROBOTS = new RobotsPolicy('allow-all', 'not consulted (respectRobots is off)', null);


/** Raw links whose normalised form is remembered (cleared when full, so memory stays bounded). */
const LINK_CACHE_SIZE = 20_000;

export class CrawlSession {
  /** Page requests started, including those of earlier sessions over the same store. */
  private started: number;
  private inFlight = 0;
  private currentUrl: string | null = null;
  private readonly ready = new Map<string, RobotsPolicy>();
  private readonly loading = new Set<string>();
  /** SHA-1 of response bodies already read -> the URL stored for them (skips re-parsing). */
  private readonly bodyHashes = new Map<string, string>();
  /** Raw link -> its normalised form: navigation links repeat on every page, parse them once. */
  private readonly normalised = new Map<string, string | null>();
  /** Canonical URL -> the URL whose copy of that page was stored. */
  private readonly canonicalOwners = new Map<string, string>();

  constructor(private readonly ctx: SessionContext) {
    this.started = ctx.frontier.counts.fetched;
  }

  /** True when the page budget is spent. */
  get budgetSpent(): boolean {
    return this.started >= this.ctx.opts.maxPages;
  }

  /** Counts as of now. */
  snapshot(): CrawlProgress {
    const c = this.ctx.frontier.counts;
    return {
      fetched: c.fetched,
      stored: c.stored,
      duplicates: c.duplicates,
      queued: this.ctx.frontier.queuedCount,
      failed: c.failed,
      excluded: c.excluded,
      inFlight: this.inFlight,
      currentUrl: this.currentUrl,
    };
  }

  /** Runs until the queues are empty, the budget is spent or the signal aborts, then waits for requests in flight. */
  run(): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: NodeJS.Timeout | null = null;
      let finished = false;
      const pump = (): void => {
        if (finished) return;
        const stopping = this.ctx.signal.aborted;
        const now = Date.now();
        let wakeAt = Infinity;
        if (!stopping) {
          for (const q of this.ctx.frontier.originQueues()) {
            const wait = this.startFrom(q, now, pump);
            if (wait !== null) wakeAt = Math.min(wakeAt, wait);
          }
        }
        if (!stopping && wakeAt < Infinity && !timer) {
          timer = setTimeout(() => {
            timer = null;
            pump();
          }, Math.max(0, wakeAt - now));
        }
        if (this.inFlight === 0 && (stopping || (timer === null && this.loading.size === 0))) {
          finished = true;
          if (timer) clearTimeout(timer);
          this.ctx.signal.removeEventListener('abort', pump);
          resolve();
        }
      };
      this.ctx.signal.addEventListener('abort', pump);
      pump();
    });
  }

  /** Starts what the origin allows now; returns when it may start more (ms epoch), else null. */
  private startFrom(q: OriginQueue, now: number, pump: () => void): number | null {
    const { opts, frontier } = this.ctx;
    while (q.size > 0 && q.inFlight < opts.concurrency && !this.budgetSpent) {
      const policy = this.policyOf(q.origin, pump);
      if (!policy) return null;
      if (q.nextStartAt > now) return q.nextStartAt;
      const entry = q.shift()!;
      if (frontier.stateOf(entry.url) !== 'queued') continue;
      if (!policy.isAllowed(entry.url, opts.userAgentToken)) {
        this.settle({ ...entry, state: 'excluded', reason: REASON.robots, doc: null });
        continue;
      }
      this.started++;
      this.inFlight++;
      q.inFlight++;
      q.nextStartAt = now + opts.delayMs;
      frontier.claim(entry.url);
      this.currentUrl = entry.url;
      void this.visit(entry).finally(() => {
        this.inFlight--;
        q.inFlight--;
        this.ctx.progress(this.snapshot());
        pump();
      });
    }
    return null;
  }

  /** The robots policy of an origin if known; otherwise starts loading it and returns null. */
  private policyOf(origin: string, pump: () => void): RobotsPolicy | null {
    if (!this.ctx.opts.respectRobots) return IGNORED_ROBOTS;
    const known = this.ready.get(origin);
    if (known) return known;
    if (!this.loading.has(origin)) {
      this.loading.add(origin);
      void this.ctx.robots.policyFor(origin).then((p) => {
        this.ready.set(origin, p);
        this.loading.delete(origin);
        pump();
      });
    }
    return null;
  }

  private settle(entry: SettledEntry): void {
    this.ctx.frontier.record(entry);
    this.ctx.batcher.settle(entry);
  }

  /** Fetches and reads one page; never throws (a failure is recorded, a cancel leaves it queued). */
  private async visit(entry: FrontierEntry): Promise<void> {
    let res: FetchResult;
    try {
      res = await fetchUrl(entry.url, {
        timeoutMs: this.ctx.opts.timeoutMs,
        ...(this.ctx.idleTimeoutMs !== null ? { idleTimeoutMs: this.ctx.idleTimeoutMs } : {}),
        maxBytes: this.ctx.opts.maxBytes,
        maxRedirects: this.ctx.opts.maxRedirects,
        userAgent: this.ctx.userAgent,
        signal: this.ctx.signal,
        agents: this.ctx.agents,
        checkRedirect: (url) => this.redirectRefusal(url),
      });
    } catch (err) {
      if (!this.ctx.signal.aborted) this.fail(entry, (err as Error).message);
      return;
    }
    if (this.ctx.signal.aborted) return;
    if (res.status < 200 || res.status >= 300) return this.fail(entry, `HTTP ${res.status}`);
    if (res.truncated) {
      return this.fail(entry, `larger than the ${this.ctx.opts.maxBytes}-byte cap (after decompression); cut there`);
    }
    try {
      await this.read(entry, res);
    } catch (err) {
      if (!this.ctx.signal.aborted) this.fail(entry, `could not be read: ${(err as Error).message}`);
    }
  }

  private fail(entry: FrontierEntry, reason: string): void {
    this.settle({ ...entry, state: 'failed', reason, doc: null });
  }

  /** Why a redirect target must not be followed, or null. */
  private async redirectRefusal(url: string): Promise<string | null> {
    const normal = normaliseUrl(url);
    if (!normal) return 'not an http(s) URL';
    const refused = this.ctx.frontier.refusal(normal);
    if (refused === 'offsite') return 'it leaves the site';
    if (refused) return refused;
    if (this.ctx.opts.respectRobots) {
      const policy = await this.ctx.robots.policyFor(new URL(normal).origin);
      if (!policy.isAllowed(normal, this.ctx.opts.userAgentToken)) return REASON.robots;
    }
    return null;
  }

  private async read(entry: FrontierEntry, res: FetchResult): Promise<void> {
    const { frontier } = this.ctx;
    const finalUrl = normaliseUrl(res.url) ?? entry.url;
    let target: FrontierEntry = entry;
    const settledWith: SettledEntry[] = [];
    if (finalUrl !== entry.url) {
      const state = frontier.stateOf(finalUrl);
      if (state !== undefined && state !== 'queued') {
        this.settle({ ...entry, state: 'done', reason: `redirected to ${finalUrl} (already crawled)`, doc: null });
        return;
      }
      frontier.claim(finalUrl);
      settledWith.push({ ...entry, state: 'done', reason: `redirected to ${finalUrl}`, doc: null });
      target = { url: finalUrl, depth: entry.depth, state: 'queued', reason: null, via: 'redirect' };
    }
    const finish = (s: SettledEntry): void => {
      this.settle(s);
      for (const other of settledWith) this.settle(other);
    };

    const kind = classifyResponse(res.contentType, res.body);
    if (kind === 'other') {
      return finish({ ...target, state: 'done', reason: `not a page or PDF (${res.contentType ?? 'no Content-Type'})`, doc: null });
    }
    if (kind === 'pdf' && !this.ctx.opts.followPdfs) return finish({ ...target, state: 'done', reason: REASON.pdfOff, doc: null });
    const bodyKey = createHash('sha1').update(res.body).digest('base64');
    const sameBody = this.bodyHashes.get(bodyKey);
    if (sameBody !== undefined) return finish({ ...target, state: 'done', reason: DUPLICATE_PREFIX + sameBody, doc: null });

    const page: PageRead =
      kind === 'pdf'
        ? await readPdfResponse(res.body, finalUrl)
        : await readHtmlResponse(res.body, res.contentType, finalUrl, this.ctx.renderer);
    if (this.ctx.signal.aborted) return;
    this.bodyHashes.set(bodyKey, finalUrl);

    const duplicateOf = this.duplicateOf(page, finalUrl, target.depth);
    if (duplicateOf !== null) {
      return finish({ ...target, state: 'done', reason: DUPLICATE_PREFIX + duplicateOf, doc: null });
    }
    this.followLinks(page.links, target.depth);
    finish({ ...target, state: 'done', reason: null, doc: withNotes(page) });
  }

  /** The URL already holding this page's content (same text, or same canonical URL), or null. */
  private duplicateOf(page: PageRead, url: string, depth: number): string | null {
    const { frontier } = this.ctx;
    const canonical = page.canonical ? normaliseUrl(page.canonical) : null;
    if (canonical && canonical !== url && frontier.refusal(canonical) === null) {
      const owner = this.canonicalOwners.get(canonical);
      if (owner !== undefined) return owner;
      const state = frontier.stateOf(canonical);
      if (state === 'done') return canonical;
      this.canonicalOwners.set(canonical, url);
      // This copy is stored; the canonical URL itself is not fetched for the same page again.
      if (state === undefined || state === 'queued') {
        this.settle({ url: canonical, depth, state: 'excluded', reason: `canonical URL of ${url}, stored there`, via: 'link', doc: null });
      }
    }
    if (page.doc.passages.length === 0) return null;
    const hash = contentHash(page.doc);
    const first = frontier.contentHashes.get(hash);
    if (first !== undefined) return first;
    frontier.contentHashes.set(hash, url);
    return null;
  }

  private followLinks(links: readonly string[], depth: number): void {
    if (depth + 1 > this.ctx.opts.maxDepth) return;
    const { frontier, batcher } = this.ctx;
    for (const link of links) {
      let url = this.normalised.get(link);
      if (url === undefined) {
        url = normaliseUrl(link);
        if (this.normalised.size >= LINK_CACHE_SIZE) this.normalised.clear();
        this.normalised.set(link, url);
      }
      if (!url) continue;
      const a = frontier.admit(url, depth + 1, 'link');
      if (a.kind === 'queued') batcher.add(a.entry);
      else if (a.kind === 'excluded') batcher.settle(a.entry);
    }
  }
}

/** The document, with a note when the page asked search engines not to index it. */
function withNotes(page: PageRead): ReadDocument {
  if (!page.noindex) return page.doc;
  return { ...page.doc, warnings: [...page.doc.warnings, 'the page asks search engines not to index it (noindex)'] };
}
