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

function isHexDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isUnreserved(c: number): boolean {
  // RFC 3986 unreserved minus '.', whose decoding could create a new dot segment.
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x7e;
}

function normaliseEscapes(s: string): string {
  if (!s.includes('%')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch !== '%' || i + 2 >= s.length || !isHexDigit(s.charCodeAt(i + 1)) || !isHexDigit(s.charCodeAt(i + 2))) {
      out += ch;
      continue;
    }
    const code = parseInt(s.slice(i + 1, i + 3), 16);
    // Decoding must not create a new escape with what precedes it ("%%41" must not become "%A").
    const tail = out.length >= 2 ? out.charCodeAt(out.length - 2) : -1;
    const prev = out.length >= 1 ? out.charCodeAt(out.length - 1) : -1;
    const wouldFormEscape = isHexDigit(code) && (prev === 0x25 || (tail === 0x25 && isHexDigit(prev)));
    out += isUnreserved(code) && !wouldFormEscape ? String.fromCharCode(code) : `%${s.slice(i + 1, i + 3).toUpperCase()}`;
    i += 2;
  }
  return out;
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
  const kept: { key: string; piece: string }[] = [];
  for (const raw of search.slice(1).split('&')) {
    if (raw === '') continue;
    const name = paramName(raw);
    if (TRACKING_PARAM.test(name) || SESSION_PARAM.test(name)) continue;
    const piece = normaliseEscapes(raw);
    // Sort on the normalised spelling, so a second pass sorts exactly the same way.
    const eq = piece.indexOf('=');
    kept.push({ key: eq < 0 ? piece : piece.slice(0, eq), piece });
  }
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
  // A host with an empty label ("..", "example.com..", ".x") names no site: refuse it rather
  // than rewrite it into another host.
  const hostname = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  if (hostname === '' || hostname.split('.').some((label) => label === '')) return null;
  const host = url.port ? `${hostname}:${url.port}` : hostname;
  const path = normaliseEscapes(url.pathname.replace(PATH_SESSION, '')) || '/';
  const query = normaliseQuery(url.search);
  const out = `${url.protocol}//${host}${path}${query ? `?${query}` : ''}`;
  // One more pass through the parser settles anything our edits exposed (idempotence).
  let again: URL;
  try {
    again = new URL(out);
  } catch {
    return null;
  }
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
