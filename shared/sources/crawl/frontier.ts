/**
 * The crawl frontier in memory: which URLs are known and in what state, the per-origin FIFO
 * queues the scheduler draws from, the admission rules a newly found URL must pass (scope,
 * depth, file type, include/exclude patterns, trap guards) and the running counts.
 */
import type { FrontierEntry, FrontierSnapshot, SettledEntry, UrlState, UrlVia } from './frontier-store.js';
import type { TrapGuard } from './traps.js';
import { isSameSite } from './url.js';

/** Reasons recorded in the frontier that the crawl itself interprets. */
export const REASON = {
  /** Every robots.txt exclusion, whether by its rules or because it was unreachable (see the summary's robots notes). */
  robots: 'robots.txt disallows it',
  sitemapFile: 'sitemap file',
  depth: 'deeper than the maximum depth',
  excludedPattern: 'matches an exclude pattern',
  notIncluded: 'matches no include pattern',
  pdfOff: 'PDF links are not followed (followPdfs is off)',
} as const;

/** Prefix of the reason of a page whose content was already stored under another URL. */
export const DUPLICATE_PREFIX = 'duplicate of ';

/** Failures listed in the summary; the count covers all of them. */
const MAX_FAILURES_KEPT = 1000;

/** File types that are never a page or a flyer, judged by the path's extension. */
const NOT_A_DOCUMENT =
  /\.(?:jpe?g|png|gif|webp|svg|ico|bmp|tiff?|avif|heic|mp[34]|m4a|m4v|avi|mov|wmv|webm|ogg|ogv|wav|flac|mkv|zip|rar|7z|gz|tgz|tar|bz2|xz|css|js|mjs|map|woff2?|ttf|otf|eot|exe|dmg|msi|apk|iso|bin|rss|atom)$/i;

/** The rules a URL must pass to be queued. */
export interface AdmissionRules {
  /** Site keys (url.ts siteKey) of the start URLs; null when the crawl is not limited to them. */
  readonly siteKeys: ReadonlySet<string> | null;
  readonly maxDepth: number;
  readonly include: readonly RegExp[];
  readonly exclude: readonly RegExp[];
  readonly followPdfs: boolean;
}

/** What became of a URL offered to the frontier. */
export type Admission =
  | { readonly kind: 'known' }
  | { readonly kind: 'offsite' }
  | { readonly kind: 'queued'; readonly entry: FrontierEntry }
  | { readonly kind: 'excluded'; readonly entry: SettledEntry };

/** The URLs of one origin waiting for their turn, and its politeness state. */
export class OriginQueue {
  private items: FrontierEntry[] = [];
  private head = 0;
  /** Requests to this origin in flight. */
  inFlight = 0;
  /** Earliest time (ms) the next request to this origin may start. */
  nextStartAt = 0;

  constructor(readonly origin: string) {}

  get size(): number {
    return this.items.length - this.head;
  }

  push(entry: FrontierEntry): void {
    this.items.push(entry);
  }

  shift(): FrontierEntry | undefined {
    if (this.head >= this.items.length) return undefined;
    const e = this.items[this.head++];
    // Compact now and then so a long crawl does not keep every dequeued entry alive.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return e;
  }
}

/** Running counts of a crawl. */
export interface FrontierCounts {
  /** Requests for pages that got an answer or failed (sitemaps and robots.txt not included). */
  fetched: number;
  /** Documents stored. */
  stored: number;
  /** Pages whose content was already stored under another URL. */
  duplicates: number;
  failed: number;
  /** URLs refused before any request (robots.txt, traps, patterns, depth, file type). */
  excluded: number;
  /** Links to other sites, not followed (not recorded). */
  offsite: number;
}

export class Frontier {
  private readonly states = new Map<string, UrlState>();
  private readonly queues = new Map<string, OriginQueue>();
  /** URLs robots.txt kept the crawl from, for the report. */
  readonly robotsExcluded: string[] = [];
  /** Failed URLs with their reasons, the first MAX_FAILURES_KEPT of them. */
  readonly failures: { url: string; reason: string }[] = [];
  readonly counts: FrontierCounts = { fetched: 0, stored: 0, duplicates: 0, failed: 0, excluded: 0, offsite: 0 };
  /** Content hash -> URI of the stored document. */
  readonly contentHashes = new Map<string, string>();

  constructor(
    private readonly rules: AdmissionRules,
    private readonly traps: TrapGuard,
  ) {}

  /** Loads what a store holds: settled URLs are counted, queued ones queued again (shallowest first). */
  restore(snapshot: FrontierSnapshot): void {
    const queued: FrontierEntry[] = [];
    for (const e of snapshot.entries) {
      this.states.set(e.url, e.state);
      if (e.state === 'queued') {
        // Re-count the trap guards' state for URLs still to come.
        this.traps.admit(e.url);
        queued.push(e);
      } else {
        this.count(e);
      }
    }
    queued.sort((a, b) => a.depth - b.depth);
    for (const e of queued) this.queueFor(e.url).push(e);
    for (const [hash, uri] of snapshot.contentHashes) this.contentHashes.set(hash, uri);
  }

  /** The state of a URL, or undefined when it is unknown. */
  stateOf(url: string): UrlState | undefined {
    return this.states.get(url);
  }

  /** Number of URLs waiting in all queues. */
  get queuedCount(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.size;
    return n;
  }

  /** The origin queues (for the scheduler). */
  originQueues(): IterableIterator<OriginQueue> {
    return this.queues.values();
  }

  /**
   * Why a URL may not be fetched at all (scope, file type, patterns, shape-only traps), or
   * null; `null` scope answer is 'offsite'. Records nothing (used for redirect targets too).
   */
  refusal(url: string): string | 'offsite' | null {
    if (this.rules.siteKeys && !isSameSite(url, this.rules.siteKeys)) return 'offsite';
    const path = pathnameOf(url);
    const ext = NOT_A_DOCUMENT.exec(path);
    if (ext) return `not a page or PDF (${ext[0]})`;
    if (!this.rules.followPdfs && /\.pdf$/i.test(path)) return REASON.pdfOff;
    if (this.rules.exclude.some((r) => r.test(url))) return REASON.excludedPattern;
    if (this.rules.include.length > 0 && !this.rules.include.some((r) => r.test(url))) return REASON.notIncluded;
    return null;
  }

  /** Offers a normalised URL found at `depth`; queues it or records why not. */
  admit(url: string, depth: number, via: UrlVia): Admission {
    if (this.states.has(url)) return { kind: 'known' };
    const refused = this.refusal(url);
    if (refused === 'offsite') {
      this.counts.offsite++;
      return { kind: 'offsite' };
    }
    const reason = refused ?? (depth > this.rules.maxDepth ? REASON.depth : this.traps.admit(url));
    if (reason) {
      const entry: SettledEntry = { url, depth, state: 'excluded', reason, via, doc: null };
      this.record(entry);
      return { kind: 'excluded', entry };
    }
    const entry: FrontierEntry = { url, depth, state: 'queued', reason: null, via };
    this.states.set(url, 'queued');
    this.queueFor(url).push(entry);
    return { kind: 'queued', entry };
  }

  /** Records a URL's final state and counts it (a URL settles once). */
  record(entry: FrontierEntry): void {
    this.states.set(entry.url, entry.state);
    this.count(entry);
  }

  /** Marks a URL as taken (being fetched or claimed by a redirect) without counting it yet. */
  claim(url: string): void {
    this.states.set(url, 'done');
  }

  private count(e: FrontierEntry): void {
    if (e.state === 'excluded') {
      this.counts.excluded++;
      if (e.reason === REASON.robots) this.robotsExcluded.push(e.url);
    } else if (e.reason === REASON.sitemapFile) {
      // A sitemap is not a page: it neither counts as fetched nor against maxPages.
    } else if (e.state === 'failed') {
      this.counts.fetched++;
      this.counts.failed++;
      if (this.failures.length < MAX_FAILURES_KEPT) this.failures.push({ url: e.url, reason: e.reason ?? 'failed' });
    } else if (e.state === 'done') {
      // A redirect's target is counted through the URL that redirected to it.
      if (e.via !== 'redirect') this.counts.fetched++;
      if (e.reason === null) this.counts.stored++;
      else if (e.reason.startsWith(DUPLICATE_PREFIX)) this.counts.duplicates++;
    }
  }

  private queueFor(url: string): OriginQueue {
    const origin = originKey(url);
    let q = this.queues.get(origin);
    if (!q) this.queues.set(origin, (q = new OriginQueue(origin)));
    return q;
  }
}

/** "scheme://host:port" of a normalised URL, without parsing it again. */
export function originKey(url: string): string {
  const slash = url.indexOf('/', url.indexOf('//') + 2);
  return slash < 0 ? url : url.slice(0, slash);
}

function pathnameOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start < 0) return '/';
  const q = url.indexOf('?', start);
  return q < 0 ? url.slice(start) : url.slice(start, q);
}
