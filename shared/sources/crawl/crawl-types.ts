/** The crawl's public shapes: hooks, progress, the summary and its error. */
import type { ReadDocument } from '../../domain/types.js';
import type { BatcherOptions } from './commit-batcher.js';
import type { RobotsStatus } from './robots-policy.js';
import type { SitemapLimits } from './sitemap-discovery.js';
import type { TrapLimits } from './traps.js';

/** Live counts of a crawl. */
export interface CrawlProgress {
  /** Page requests answered or failed so far (robots.txt and sitemaps not included). */
  readonly fetched: number;
  /** Documents stored. */
  readonly stored: number;
  /** Pages whose content was already stored under another URL. */
  readonly duplicates: number;
  /** URLs waiting to be fetched. */
  readonly queued: number;
  readonly failed: number;
  /** URLs refused before any request: robots.txt, traps, patterns, depth, file type. */
  readonly excluded: number;
  /** Requests in flight. */
  readonly inFlight: number;
  /** The URL most recently started, or null. */
  readonly currentUrl: string | null;
}

/** Limits beyond CrawlOptions, for the rare caller (and tests) that must tune them. */
export interface CrawlLimits {
  readonly traps: TrapLimits;
  readonly sitemaps: SitemapLimits;
  /** Longest silence tolerated on a response, in ms (defaults to the request timeout). */
  readonly idleTimeoutMs: number | null;
  readonly batching: BatcherOptions;
}

/** What a caller can observe and tune. */
export interface CrawlHooks {
  /** Live counts, at most every `progressIntervalMs` and once at the end. */
  readonly onProgress?: (progress: CrawlProgress) => void;
  /** Each document, once its transaction has committed. */
  readonly onDocument?: (doc: ReadDocument) => void;
  /** Least time between two progress events, in ms (default 200). */
  readonly progressIntervalMs?: number;
  readonly limits?: Partial<CrawlLimits>;
}

/** Why the crawl ended. */
export type CrawlStop = 'complete' | 'max-pages' | 'cancelled';

/** What a crawl did: counts, why it stopped, and everything the report must disclose. */
export interface CrawlSummary extends Omit<CrawlProgress, 'inFlight' | 'currentUrl'> {
  readonly stoppedBy: CrawlStop;
  /** Links to other sites, not followed. */
  readonly offsite: number;
  /** URLs robots.txt excluded (the report prints them). */
  readonly robotsExcluded: readonly string[];
  /** The robots.txt verdict of each origin. */
  readonly robots: readonly { readonly origin: string; readonly status: RobotsStatus; readonly note: string }[];
  readonly sitemaps: { readonly read: number; readonly pageUrls: number; readonly notes: readonly string[] };
  /** Failed URLs with their reasons (at most the first 1,000). */
  readonly failures: readonly { readonly url: string; readonly reason: string }[];
  readonly startedAt: string;
  readonly finishedAt: string;
}

export type CrawlErrorCode = 'invalid-options' | 'browser-not-found' | 'browser-failed' | 'store';

/** A crawl that could not start or could not keep its record; the message says why. */
export class CrawlError extends Error {
  constructor(
    readonly code: CrawlErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CrawlError';
  }
}
