/**
 * Following a site's sitemaps: the `Sitemap:` lines of robots.txt and /sitemap.xml, through
 * sitemap indexes, gzipped or not. Every file is visited once (cycles end), index nesting,
 * entries per file, entries in total and bytes per file (after decompression) are capped.
 */
import { decodeXml } from './charset.js';
import { gunzipCapped } from './content-decoding.js';
import type { FetchResult } from './fetcher.js';
import { parseSitemap } from './sitemap.js';

/** The caps of sitemap discovery. */
export interface SitemapLimits {
  /** Deepest index nesting followed (a sitemap listed by the seed is depth 1). */
  readonly maxDepth: number;
  /** Entries read from one file (the protocol's own maximum is 50,000). */
  readonly maxUrlsPerSitemap: number;
  /** Page URLs taken from all sitemaps together. */
  readonly maxTotalUrls: number;
  /** Sitemap files fetched in all. */
  readonly maxSitemaps: number;
  /** Bytes of one file after decompression (the protocol's own maximum is 50 MB). */
  readonly maxBytes: number;
}

export const DEFAULT_SITEMAP_LIMITS: SitemapLimits = {
  maxDepth: 4,
  maxUrlsPerSitemap: 50_000,
  maxTotalUrls: 100_000,
  maxSitemaps: 500,
  maxBytes: 50 * 1024 * 1024,
};

/** What discovery needs from the crawler: fetching within its caps, and its scope rules. */
export interface SitemapEnvironment {
  /** Fetches a sitemap with at most `maxBytes` of body. */
  fetch(url: string, maxBytes: number): Promise<FetchResult>;
  /** Why a sitemap URL must not be fetched (off-site, robots, already read), or null. */
  refuse(url: string): Promise<string | null>;
  /** Called with each file read and the page URLs it listed (capped), as they come. */
  onSitemap(url: string, pages: readonly string[]): void;
}

/** The outcome: what was read and why anything was skipped. */
export interface SitemapReport {
  readonly sitemapsRead: readonly string[];
  readonly pageUrls: number;
  /** One line per file skipped, failed, capped or cut. */
  readonly notes: readonly string[];
}

const GZIP_MAGIC_0 = 0x1f;
const GZIP_MAGIC_1 = 0x8b;

/** Reads the sitemaps reachable from `seeds`, breadth first. Never throws for a bad sitemap. */
export async function discoverSitemaps(
  seeds: readonly string[],
  env: SitemapEnvironment,
  limits: SitemapLimits = DEFAULT_SITEMAP_LIMITS,
): Promise<SitemapReport> {
  const seen = new Set<string>();
  const queue: { url: string; depth: number }[] = [];
  const notes: string[] = [];
  const read: string[] = [];
  let total = 0;
  for (const url of seeds) {
    if (!seen.has(url)) {
      seen.add(url);
      queue.push({ url, depth: 1 });
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const { url, depth } = queue[i]!;
    if (read.length >= limits.maxSitemaps) {
      notes.push(`${url}: not read, ${limits.maxSitemaps} sitemaps already read`);
      continue;
    }
    if (total >= limits.maxTotalUrls) {
      notes.push(`${url}: not read, ${limits.maxTotalUrls} sitemap URLs already found`);
      continue;
    }
    const refused = await env.refuse(url);
    if (refused) {
      notes.push(`${url}: not read (${refused})`);
      continue;
    }
    let text: string;
    try {
      const res = await env.fetch(url, limits.maxBytes);
      if (res.status < 200 || res.status >= 300) {
        notes.push(`${url}: HTTP ${res.status}`);
        env.onSitemap(url, []);
        continue;
      }
      let bytes = res.body;
      let cut = res.truncated;
      if (bytes.length >= 2 && bytes[0] === GZIP_MAGIC_0 && bytes[1] === GZIP_MAGIC_1) {
        const unzipped = await gunzipCapped(bytes, limits.maxBytes);
        bytes = unzipped.bytes;
        cut ||= unzipped.truncated;
      }
      if (cut) notes.push(`${url}: cut at ${limits.maxBytes} bytes (after decompression)`);
      text = decodeXml(bytes, res.contentType).text;
    } catch (err) {
      notes.push(`${url}: ${(err as Error).message}`);
      env.onSitemap(url, []);
      continue;
    }
    read.push(url);
    const room = Math.min(limits.maxUrlsPerSitemap, limits.maxTotalUrls - total);
    const content = parseSitemap(text, room);
    if (content.capped) notes.push(`${url}: only the first ${room} entries read`);
    total += content.pages.length;
    env.onSitemap(url, content.pages);
    for (const child of content.sitemaps) {
      if (seen.has(child)) continue;
      if (queue.length >= limits.maxSitemaps) {
        notes.push(`${url}: further child sitemaps ignored, ${limits.maxSitemaps} already listed`);
        break;
      }
      seen.add(child);
      if (depth + 1 > limits.maxDepth) {
        notes.push(`${child}: not read, sitemap indexes nest deeper than ${limits.maxDepth}`);
        continue;
      }
      queue.push({ url: child, depth: depth + 1 });
    }
  }
  return { sitemapsRead: read, pageUrls: total, notes };
}
