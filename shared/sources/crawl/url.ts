/**
 * URL normalisation for the crawl frontier: two spellings of one page must become one string,
 * so the page is fetched once. Only changes that never alter what a server returns are made
 * (RFC 3986 section 6 plus dropping tracking and session parameters); the result is idempotent.
 */

/** Query parameters that only track the visitor; dropping them never changes the page. */
const TRACKING_PARAM = /^(utm_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|_hsenc|_hsmi)$/i;

/** Session identifiers that servers put in URLs; each visit would otherwise look like a new page. */
const SESSION_PARAM = /^(jsessionid|phpsessid|sid|sessionid|session_id|aspsessionid[a-z]*|cfid|cftoken|zenid|oscsid)$/i;

/** `;jsessionid=...` style session ids inside the path (Java servlets and friends). */
const PATH_SESSION = /;(?:jsessionid|phpsessid|sid|sessionid)=[^/?#]*/gi;

/** A percent escape; unreserved ones are decoded, the rest get upper-case hex (RFC 3986 6.2.2). */
const ESCAPE = /%([0-9a-fA-F]{2})/g;

function normaliseEscapes(s: string): string {
  if (!s.includes('%')) return s;
  return s.replace(ESCAPE, (_m, hex: string) => {
    const code = parseInt(hex, 16);
    // Unreserved characters minus '.', whose decoding could create a new dot segment.
    const isUnreserved =
      (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f || code === 0x7e;
    return isUnreserved ? String.fromCharCode(code) : `%${hex.toUpperCase()}`;
  });
}

function paramName(piece: string): string {
  const eq = piece.indexOf('=');
  const raw = eq < 0 ? piece : piece.slice(0, eq);
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Sorted by name (stable, so repeated names keep their order), without tracking or session params. */
function normaliseQuery(search: string): string {
  if (search.length <= 1) return '';
  const kept: { name: string; piece: string }[] = [];
  for (const piece of search.slice(1).split('&')) {
    if (piece === '') continue;
    const name = paramName(piece);
    if (TRACKING_PARAM.test(name) || SESSION_PARAM.test(name)) continue;
    kept.push({ name, piece: normaliseEscapes(piece) });
  }
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return kept.map((k) => k.piece).join('&');
}

/**
 * The canonical form of an http(s) URL, or null when it is not one (mailto:, javascript:,
 * unparseable). Lower-case scheme and host, no default port, no credentials, no fragment,
 * dot segments resolved, escapes normalised, query sorted without tracking/session params.
 */
export function normaliseUrl(input: string, base?: string | URL): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(input) : new URL(input, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  const hostname = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  const host = url.port ? `${hostname}:${url.port}` : hostname;
  const path = normaliseEscapes(url.pathname.replace(PATH_SESSION, '')) || '/';
  const query = normaliseQuery(url.search);
  const out = `${url.protocol}//${host}${path}${query ? `?${query}` : ''}`;
  // One more pass through the parser settles anything our edits exposed (idempotence).
  const again = new URL(out);
  return `${again.protocol}//${again.host}${again.pathname}${again.search}`;
}

/** The host a site is known by: lower-case, without a leading "www.". */
export function siteKey(hostname: string): string {
  const h = hostname.toLowerCase();
  return h.startsWith('www.') ? h.slice(4) : h;
}

/**
 * Same-site scope: the URL's host is one of the start hosts or a subdomain of one, whatever
 * the port or scheme (sites redirect http to https and serve assets from subdomains).
 */
export function isSameSite(url: string | URL, siteKeys: ReadonlySet<string>): boolean {
  let host: string;
  try {
    host = siteKey((typeof url === 'string' ? new URL(url) : url).hostname);
  } catch {
    return false;
  }
  if (siteKeys.has(host)) return true;
  for (const key of siteKeys) if (host.endsWith(`.${key}`)) return true;
  return false;
}

/** The scheme + host + port of a URL ("https://example.com:8443"), the unit robots.txt applies to. */
export function originOf(url: string | URL): string {
  return (typeof url === 'string' ? new URL(url) : url).origin;
}
