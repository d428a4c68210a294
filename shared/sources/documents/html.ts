/**
 * The HTML reader: a page (crawled, or a policy saved as HTML) into passages, plus what the
 * crawler needs to go on: links, canonical URL and robots directives. It never throws: a page
 * that cannot be read at all comes back empty with a warning.
 */
import type { ReadDocument, SourceKind } from '../../domain/types.js';
import type { Block } from './blocks.js';
import { toReadDocument } from './document-result.js';
import { limitNesting } from './html-depth.js';
import { parseHtml } from './html-dom.js';
import { type HtmlMeta, readHtmlMeta } from './html-meta.js';
import { htmlBlocks } from './html-walk.js';
import { MAX_TEXT_CHARS } from './limits.js';

/** A read page: its document and the crawler's view of it. */
export interface HtmlPage {
  readonly doc: ReadDocument;
  /** Absolute http(s) links, resolved against <base> and the page URL, fragment dropped, not yet normalised. */
  readonly links: string[];
  /** The canonical URL the page declares (absolute), or null. */
  readonly canonical: string | null;
  /** The page asks not to be indexed (robots meta `noindex` or `none`). */
  readonly noindex: boolean;
  /** The page asks that its links not be followed (robots meta `nofollow` or `none`). */
  readonly nofollow: boolean;
}

const EMPTY_META: HtmlMeta = { title: '', links: [], canonical: null, noindex: false, nofollow: false };

/** Reads an HTML page into passages, links and robots directives. */
export function readHtml(html: string, uri: string, kind: SourceKind = 'page'): HtmlPage {
  const warnings: string[] = [];
  let source = typeof html === 'string' ? html : '';
  if (source.length > MAX_TEXT_CHARS) {
    warnings.push(`page is larger than ${MAX_TEXT_CHARS} characters; only the first part was read`);
    source = source.slice(0, MAX_TEXT_CHARS);
  }
  let meta = EMPTY_META;
  let blocks: Block[] = [];
  try {
    const root = parseHtml(limitNesting(source));
    meta = readHtmlMeta(root, uri);
    blocks = htmlBlocks(root);
  } catch (err) {
    warnings.push(`page could not be parsed as HTML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const doc = toReadDocument({ uri, kind, format: 'html', title: meta.title, pageCount: null }, blocks, warnings);
  return { doc, links: meta.links, canonical: meta.canonical, noindex: meta.noindex, nofollow: meta.nofollow };
}
