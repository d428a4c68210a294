/**
 * What the crawler needs from a page besides its text: its title, outgoing links (absolute,
 * resolved against <base> and the page URL), canonical URL and robots meta directives. One
 * iterative pass over every node, so misplaced <link>/<meta> tags in <body> count too.
 */
import { type DomNode, flattenText, isElement } from './html-dom.js';
import { collapseWhitespace } from './segment-text.js';

/** Links kept per page; a page with more is a link farm, not a policy. */
export const MAX_LINKS = 10_000;

/** The page's metadata and links. */
export interface HtmlMeta {
  readonly title: string;
  readonly links: string[];
  readonly canonical: string | null;
  readonly noindex: boolean;
  readonly nofollow: boolean;
}

/** Scans the parsed page for title, links, canonical URL and robots directives. */
export function readHtmlMeta(root: DomNode, uri: string): HtmlMeta {
  const found = collect(root);
  const base = resolve(found.baseHref, uri, false) ?? uri;
  const links: string[] = [];
  const seen = new Set<string>();
  for (const href of found.hrefs) {
    const abs = resolve(href, base, true);
    if (abs && !seen.has(abs)) {
      seen.add(abs);
      links.push(abs);
      if (links.length >= MAX_LINKS) break;
    }
  }
  const robots = found.robots.join(',').toLowerCase();
  return {
    title: found.title,
    links,
    canonical: found.canonical === null ? null : resolve(found.canonical, base, true),
    noindex: /\b(?:noindex|none)\b/.test(robots),
    nofollow: /\b(?:nofollow|none)\b/.test(robots),
  };
}

interface Collected {
  title: string;
  baseHref: string | null;
  canonical: string | null;
  robots: string[];
  hrefs: string[];
}

function collect(root: DomNode): Collected {
  const c: Collected = { title: '', baseHref: null, canonical: null, robots: [], hrefs: [] };
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isElement(n)) visit(n, c);
    const kids = n.children ?? [];
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return c;
}

function visit(n: DomNode, c: Collected): void {
  const a = n.attribs ?? {};
  switch (n.name) {
    case 'a':
    case 'area':
      if (a.href !== undefined && c.hrefs.length < MAX_LINKS * 2) c.hrefs.push(a.href);
      break;
    case 'base':
      if (c.baseHref === null && a.href) c.baseHref = a.href;
      break;
    case 'title':
      if (!c.title) c.title = collapseWhitespace(flattenText(n)).slice(0, 300);
      break;
    case 'link':
      if (c.canonical === null && a.href && /(?:^|\s)canonical(?:\s|$)/i.test(a.rel ?? '')) c.canonical = a.href;
      break;
    case 'meta':
      if (/^(?:robots)$/i.test((a.name ?? '').trim()) && a.content) c.robots.push(a.content);
      break;
  }
}

// An absolute URL for `href` against `base`: http(s) only and without its fragment when `webOnly`.
function resolve(href: string | null, base: string, webOnly: boolean): string | null {
  if (href === null) return null;
  const h = href.trim();
  if (!h || h.length > 4096) return null;
  try {
    const url = new URL(h, base);
    if (webOnly && url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}
