/**
 * The website crawl: from start URLs to read documents in a FrontierStore, politely (robots.txt,
 * per-origin concurrency and delay), within bounds (pages, depth, bytes, time, traps) and
 * resumably (a new crawl over the same store continues where the last one stopped).
 *
 *   start URLs + sitemaps -> frontier -> robots check -> fetch -> read (HTML | PDF) -> store
 *                                ^--------------- links ----------------------'
 */
import { setMaxListeners } from 'node:events';
import pkg from '../../../package.json' with { type: 'json' };
import { CrawlOptionsSchema, type CrawlOptions } from '../../domain/settings.js';
import type { ReadDocument } from '../../domain/types.js';
import { BrowserNotFoundError } from '../../platform/find-browser.js';
import { contentHash } from '../../store/sources-repo.js';
import { CommitBatcher, DEFAULT_BATCHER_OPTIONS } from './commit-batcher.js';
import { CrawlSession } from './crawl-session.js';
import { readSitemaps } from './crawl-sitemaps.js';
import { CrawlError, type CrawlHooks, type CrawlLimits, type CrawlProgress, type CrawlSummary } from './crawl-types.js';
import { createAgents, destroyAgents, userAgentHeader } from './fetcher.js';
import { Frontier } from './frontier.js';
import { MemoryFrontierStore, type FrontierStore } from './frontier-store.js';
import { JsRenderer } from './js-renderer.js';
import { RobotsCache, type RobotsPolicy } from './robots-policy.js';
import { DEFAULT_SITEMAP_LIMITS, type SitemapReport } from './sitemap-discovery.js';
import { DEFAULT_TRAP_LIMITS, TrapGuard } from './traps.js';
import { normaliseUrl, originOf, siteKey } from './url.js';

export type { CrawlHooks, CrawlProgress, CrawlSummary, CrawlLimits } from './crawl-types.js';
export { CrawlError } from './crawl-types.js';

/** The version sent in the User-Agent header. */
export const CRAWLER_VERSION: string = pkg.version;

const DEFAULT_PROGRESS_MS = 200;

/** A store in memory whose documents are hashed the way the workspace hashes them. */
export function memoryStore(): MemoryFrontierStore {
  return new MemoryFrontierStore(contentHash);
}

/**
 * Crawls the site(s) of `opts.startUrls` into `store`. Throws CrawlError before any request
 * when the options are invalid or JavaScript rendering is asked for without a browser; after
 * that it only throws when the store cannot be written. Cancelling through `signal` stops new
 * requests, aborts those in flight, commits what finished and resolves with the summary.
 */
export async function crawl(
  opts: CrawlOptions,
  store: FrontierStore,
  hooks: CrawlHooks = {},
  signal?: AbortSignal,
): Promise<CrawlSummary> {
  const startedAt = new Date().toISOString();
  const options = validate(opts);
  const limits: CrawlLimits = {
    traps: { ...DEFAULT_TRAP_LIMITS, ...hooks.limits?.traps },
    sitemaps: { ...DEFAULT_SITEMAP_LIMITS, ...hooks.limits?.sitemaps },
    idleTimeoutMs: hooks.limits?.idleTimeoutMs ?? null,
    batching: { ...DEFAULT_BATCHER_OPTIONS, ...hooks.limits?.batching },
  };
  const starts = options.startUrls.map((u) => normaliseUrl(u)).filter((u): u is string => u !== null);
  const siteKeys = options.sameSite ? new Set(starts.map((u) => siteKey(new URL(u).hostname))) : null;
  const userAgent = userAgentHeader(options.userAgentToken, CRAWLER_VERSION);
  const renderer = options.renderJs ? await launchRenderer(userAgent, options.timeoutMs, siteKeys) : null;

  const controller = new AbortController();
  // Every request in flight listens to the crawl's signal; there may be many.
  setMaxListeners(0, controller.signal);
  const onAbort = (): void => controller.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted) controller.abort();
  const agents = createAgents(options.concurrency);
  let storeError: Error | null = null;

  const frontier = new Frontier(
    {
      siteKeys,
      maxDepth: options.maxDepth,
      include: options.include.map((p) => new RegExp(p)),
      exclude: options.exclude.map((p) => new RegExp(p)),
      followPdfs: options.followPdfs,
    },
    new TrapGuard(limits.traps),
  );
  const batcher = new CommitBatcher(
    store,
    (docs) => docs.forEach((d) => hooks.onDocument?.(d)),
    (err) => {
      storeError ??= err;
      controller.abort();
    },
    limits.batching,
  );
  const robotsOpts = {
    timeoutMs: options.timeoutMs,
    ...(limits.idleTimeoutMs !== null ? { idleTimeoutMs: limits.idleTimeoutMs } : {}),
    userAgent,
    signal: controller.signal,
    agents,
  };
  const robots = new RobotsCache(robotsOpts);
  const progress = throttle(hooks.onProgress, hooks.progressIntervalMs ?? DEFAULT_PROGRESS_MS);

  let session: CrawlSession | null = null;
  let sitemapReport: SitemapReport = { sitemapsRead: [], pageUrls: 0, notes: [] };
  try {
    frontier.restore(store.load());
    for (const url of starts) {
      const a = frontier.admit(url, 0, 'start');
      if (a.kind === 'queued') batcher.add(a.entry);
      else if (a.kind === 'excluded') batcher.settle(a.entry);
    }
    batcher.flush();
    session = new CrawlSession({
      opts: options,
      frontier,
      batcher,
      robots,
      agents,
      userAgent,
      idleTimeoutMs: limits.idleTimeoutMs,
      renderer,
      signal: controller.signal,
      progress,
    });
    const s = session;
    progress(s.snapshot(), true);
    sitemapReport = await readSitemaps(starts, { options, limits, frontier, batcher, robots, agents, userAgent, signal: controller.signal });
    batcher.flush();
    await s.run();
    batcher.flush();
  } catch (err) {
    storeError ??= err as Error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    controller.abort();
    destroyAgents(agents);
    await renderer?.close();
  }
  if (storeError) {
    throw new CrawlError('store', `the crawl stopped: ${storeError.message}`, { cause: storeError });
  }
  const final = session!.snapshot();
  progress(final, true);
  const robotsNotes = robotsSummary(robots, frontier, starts);
  return {
    stoppedBy: signal?.aborted ? 'cancelled' : session!.budgetSpent && final.queued > 0 ? 'max-pages' : 'complete',
    fetched: final.fetched,
    stored: final.stored,
    duplicates: final.duplicates,
    queued: final.queued,
    failed: final.failed,
    excluded: final.excluded,
    offsite: frontier.counts.offsite,
    robotsExcluded: [...frontier.robotsExcluded],
    robots: robotsNotes,
    sitemaps: { read: sitemapReport.sitemapsRead.length, pageUrls: sitemapReport.pageUrls, notes: sitemapReport.notes },
    failures: [...frontier.failures],
    startedAt,
    finishedAt: new Date().toISOString(),
  };
}

function validate(opts: CrawlOptions): CrawlOptions {
  const parsed = CrawlOptionsSchema.safeParse(opts);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CrawlError('invalid-options', `crawl option ${issue?.path.join('.') || '?'}: ${issue?.message ?? 'invalid'}`);
  }
  for (const u of parsed.data.startUrls) {
    if (normaliseUrl(u) === null) throw new CrawlError('invalid-options', `start URL ${u} is not an http(s) URL`);
  }
  return parsed.data;
}

async function launchRenderer(userAgent: string, timeoutMs: number, siteKeys: ReadonlySet<string> | null): Promise<JsRenderer> {
  try {
    return await JsRenderer.launch({ userAgent, timeoutMs, siteKeys });
  } catch (err) {
    if (err instanceof BrowserNotFoundError) {
      throw new CrawlError('browser-not-found', `JavaScript rendering is on, but ${err.message}`, { cause: err });
    }
    throw new CrawlError('browser-failed', `JavaScript rendering is on, but the browser did not start: ${(err as Error).message}`, {
      cause: err,
    });
  }
}

function robotsSummary(robots: RobotsCache, frontier: Frontier, starts: readonly string[]): CrawlSummary['robots'] {
  const origins = new Set(starts.map((u) => originOf(u)));
  for (const q of frontier.originQueues()) origins.add(q.origin);
  const out: { origin: string; status: RobotsPolicy['status']; note: string }[] = [];
  for (const origin of origins) {
    const p = robots.peek(origin);
    if (p) out.push({ origin, status: p.status, note: p.note });
  }
  return out;
}

/** Calls `fn` at most every `ms` (and always when forced). */
function throttle(fn: ((p: CrawlProgress) => void) | undefined, ms: number): (p: CrawlProgress, force?: boolean) => void {
  let last = 0;
  return (p, force = false) => {
    if (!fn) return;
    const now = Date.now();
    if (!force && now - last < ms) return;
    last = now;
    fn(p);
  };
}

/** The documents a finished in-memory crawl stored, in the order they were read. */
export function storedDocuments(store: MemoryFrontierStore): ReadDocument[] {
  return [...store.documents.values()];
}
