/**
 * Reading one sitemap file (sitemaps.org protocol): a <urlset> of page URLs, a
 * <sitemapindex> of further sitemaps, or a plain-text list. XML is tokenised by htmlparser2
 * in xmlMode, which never reads a DTD: a DOCTYPE's entities (XXE, "billion laughs") are
 * never declared, so `&ent;` stays literal text and nothing is expanded or fetched.
 */
import { Parser } from 'htmlparser2';

/** What one sitemap file lists. */
export interface SitemapContent {
  /** `urlset`, `sitemapindex`, `text` (one URL per line) or `unknown`. */
  readonly kind: 'urlset' | 'sitemapindex' | 'text' | 'unknown';
  /** Page URLs (from <url><loc>), in file order, at most the cap. */
  readonly pages: readonly string[];
  /** Child sitemap URLs (from <sitemap><loc>), at most the cap. */
  readonly sitemaps: readonly string[];
  /** True when the file listed more entries than the cap and the rest were ignored. */
  readonly capped: boolean;
}

/** Text fed to the tokenizer per step, so parsing stops soon after the cap. */
const FEED_CHARS = 64 * 1024;
/** Longest <loc> kept; longer ones are junk (and over any URL limit). */
const MAX_LOC_CHARS = 4096;

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

/** Parses a sitemap's text, keeping at most `maxEntries` URLs. */
export function parseSitemap(text: string, maxEntries: number): SitemapContent {
  const start = text.trimStart();
  if (!start.startsWith('<')) return parseTextSitemap(text, maxEntries);

  let kind: SitemapContent['kind'] = 'unknown';
  const pages: string[] = [];
  const sitemaps: string[] = [];
  let capped = false;
  let parent: 'url' | 'sitemap' | null = null;
  let inLoc = false;
  let loc = '';

  const parser = new Parser(
    {
      onopentag(name) {
        const n = localName(name);
        if (kind === 'unknown' && (n === 'urlset' || n === 'sitemapindex')) kind = n;
        if (n === 'url' || n === 'sitemap') parent = n;
        else if (n === 'loc' && parent) {
          inLoc = true;
          loc = '';
        }
      },
      ontext(data) {
        if (inLoc && loc.length < MAX_LOC_CHARS) loc += data;
      },
      onclosetag(name) {
        const n = localName(name);
        if (n === 'loc' && inLoc) {
          inLoc = false;
          const value = loc.trim();
          if (value !== '' && value.length < MAX_LOC_CHARS) {
            const list = parent === 'sitemap' ? sitemaps : pages;
            if (pages.length + sitemaps.length >= maxEntries) capped = true;
            else list.push(value);
          }
        } else if (n === 'url' || n === 'sitemap') {
          parent = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  for (let i = 0; i < text.length && !capped; i += FEED_CHARS) parser.write(text.slice(i, i + FEED_CHARS));
  if (!capped) parser.end();
  return { kind, pages, sitemaps, capped };
}

function parseTextSitemap(text: string, maxEntries: number): SitemapContent {
  const pages: string[] = [];
  let capped = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const value = line.trim();
    if (!/^https?:\/\//i.test(value) || value.length >= MAX_LOC_CHARS) continue;
    if (pages.length >= maxEntries) {
      capped = true;
      break;
    }
    pages.push(value);
  }
  return { kind: pages.length > 0 ? 'text' : 'unknown', pages, sitemaps: [], capped };
}
