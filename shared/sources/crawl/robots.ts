/**
 * A robots.txt parser and matcher written to RFC 9309 (the Robots Exclusion Protocol).
 *
 * - Lines end in CR, LF or CRLF; a leading UTF-8 byte-order mark (or a prefix of one) is skipped.
 * - A group is one or more user-agent lines followed by rules; groups naming the same product
 *   token are merged; rules before any user-agent line belong to no group and are ignored.
 * - The crawler obeys the groups matching its product token (case-insensitive); only when
 *   none match does it obey the "*" groups.
 * - The longest matching pattern wins; on a tie, allow wins. "*" matches any run of
 *   characters, "$" at the end anchors. Non-ASCII bytes in patterns are percent-encoded and
 *   escapes get upper-case hex before comparison; the URL is compared as the caller encoded it.
 * - At least 500 KiB are parsed (PARSE_LIMIT_BYTES); a line cut by the limit is dropped.
 *
 * Tolerances beyond the RFC, in the polite direction: a missing colon after a known key
 * ("disallow /") is accepted, and a user-agent value is read up to its first character that
 * cannot be in a product token ("Foo Bar" names "Foo").
 */

/** Bytes of a robots.txt that are parsed; RFC 9309 asks for at least 500 KiB. */
export const PARSE_LIMIT_BYTES = 512_000;

/** One allow or disallow line. */
export interface RobotsRule {
  readonly allow: boolean;
  /** The path pattern, percent-encoded and with upper-case escapes. */
  readonly pattern: string;
}

/** A group: the product tokens it names (lower-case, "*" for all) and its rules. */
export interface RobotsGroup {
  readonly agents: readonly string[];
  readonly rules: readonly RobotsRule[];
}

type Key = 'user-agent' | 'allow' | 'disallow' | 'sitemap';

const KEYS: ReadonlyMap<string, Key> = new Map([
  ['user-agent', 'user-agent'],
  ['useragent', 'user-agent'],
  ['allow', 'allow'],
  ['disallow', 'disallow'],
  ['sitemap', 'sitemap'],
  ['site-map', 'sitemap'],
]);

const HEX = '0123456789ABCDEF';

/** Percent-encodes bytes outside ASCII (the string holds one byte per char) and upper-cases escapes. */
export function encodePattern(bytePattern: string): string {
  let out = '';
  for (let i = 0; i < bytePattern.length; i++) {
    const c = bytePattern.charCodeAt(i);
    if (c >= 0x80 || c <= 0x20) {
      out += `%${HEX[c >> 4]}${HEX[c & 15]}`;
    } else if (c === 0x25 && i + 2 < bytePattern.length && isHex(bytePattern.charCodeAt(i + 1)) && isHex(bytePattern.charCodeAt(i + 2))) {
      out += `%${bytePattern[i + 1]!.toUpperCase()}${bytePattern[i + 2]!.toUpperCase()}`;
      i += 2;
    } else {
      out += bytePattern[i];
    }
  }
  return out;
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** The product token at the start of a value: letters, "-" and "_" (RFC 9309 "identifier"). */
export function productToken(value: string): string {
  const m = /^[A-Za-z_-]+/.exec(value);
  return m ? m[0].toLowerCase() : '';
}

/** Splits "key: value" (or "key value" for a known key); null for a line that is not a directive. */
function splitLine(line: string): { key: Key; value: string } | null {
  const colon = line.indexOf(':');
  let rawKey: string;
  let value: string;
  if (colon >= 0) {
    rawKey = line.slice(0, colon).trim();
    value = line.slice(colon + 1).trim();
  } else {
    const m = /^(\S+)\s+(\S.*)$/.exec(line);
    if (!m) return null;
    rawKey = m[1]!;
    value = m[2]!.trim();
  }
  const key = KEYS.get(rawKey.toLowerCase());
  return key ? { key, value } : null;
}

/** The bytes of the input as a one-byte-per-char string, BOM skipped and cut at the parse limit. */
function toByteString(input: string | Uint8Array): string {
  let bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let start = 0;
  const BOM = [0xef, 0xbb, 0xbf];
  while (start < 3 && start < bytes.length && bytes[start] === BOM[start]) start++;
  let end = bytes.length;
  let cut = false;
  if (end - start > PARSE_LIMIT_BYTES) {
    end = start + PARSE_LIMIT_BYTES;
    cut = true;
  }
  bytes = bytes.subarray(start, end);
  let text = bytes.toString('latin1');
  if (cut) {
    // The last line may be cut mid-pattern ("Disallow: /ab" of "/abcdef"): drop it.
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    text = lastBreak >= 0 ? text.slice(0, lastBreak) : '';
  }
  return text;
}

/** A parsed robots.txt, ready to answer "may this URL be fetched?". */
export class RobotsTxt {
  /** The groups in file order (groups naming the same token are merged at match time). */
  readonly groups: readonly RobotsGroup[];
  /** Absolute sitemap URLs listed with `Sitemap:` lines. */
  readonly sitemaps: readonly string[];
  private readonly cache = new Map<string, readonly RobotsRule[]>();

  private constructor(groups: RobotsGroup[], sitemaps: string[]) {
    this.groups = groups;
    this.sitemaps = sitemaps;
  }

  /** Parses robots.txt bytes (or text, taken as UTF-8). Never throws; junk lines are ignored. */
  static parse(input: string | Uint8Array): RobotsTxt {
    const text = toByteString(input);
    const groups: { agents: string[]; rules: RobotsRule[] }[] = [];
    const sitemaps: string[] = [];
    let current: { agents: string[]; rules: RobotsRule[] } | null = null;
    let inAgentRun = false;
    for (const rawLine of text.split(/\r\n|\r|\n/)) {
      const hash = rawLine.indexOf('#');
      const line = (hash >= 0 ? rawLine.slice(0, hash) : rawLine).trim();
      if (line === '') continue;
      const d = splitLine(line);
      if (!d) continue;
      switch (d.key) {
        case 'user-agent': {
          const token = d.value.startsWith('*') ? '*' : productToken(d.value);
          if (!inAgentRun || !current) {
            current = { agents: [], rules: [] };
            groups.push(current);
            inAgentRun = true;
          }
          if (token) current.agents.push(token);
          break;
        }
        case 'allow':
        case 'disallow':
          inAgentRun = false;
          // An empty pattern matches nothing; a rule outside any group applies to no one.
          if (current && d.value !== '') current.rules.push({ allow: d.key === 'allow', pattern: encodePattern(d.value) });
          break;
        case 'sitemap':
          sitemaps.push(Buffer.from(d.value, 'latin1').toString('utf8'));
          break;
      }
    }
    return new RobotsTxt(groups, sitemaps);
  }

  /**
   * The rules that apply to a crawler's product token: the groups naming it, else the "*"
   * groups. The token is compared whole (case-insensitive), so a token with anything but
   * letters, "-" and "_" matches no group, as in the reference matcher.
   */
  rulesFor(userAgent: string): readonly RobotsRule[] {
    const token = userAgent.trim().toLowerCase();
    let rules = this.cache.get(token);
    if (rules) return rules;
    const own = this.groups.filter((g) => token !== '' && g.agents.includes(token));
    const chosen = own.length > 0 ? own : this.groups.filter((g) => g.agents.includes('*'));
    rules = chosen.flatMap((g) => g.rules);
    this.cache.set(token, rules);
    return rules;
  }

  /**
   * True when `url` (absolute, or a path) may be fetched by a crawler with this product token.
   * Pure matching: the fetch policy (robots-policy.ts) adds that /robots.txt itself is allowed.
   */
  isAllowed(url: string, userAgent: string): boolean {
    const path = pathOfUrl(url);
    let best: RobotsRule | null = null;
    for (const rule of this.rulesFor(userAgent)) {
      if (best && rule.pattern.length < best.pattern.length) continue;
      if (best && rule.pattern.length === best.pattern.length && !rule.allow) continue;
      if (matchesPattern(path, rule.pattern)) best = rule;
    }
    return best === null || best.allow;
  }
}

/**
 * The path, params and query of a URL as robots.txt matches it: from the first "/" after the
 * authority up to any fragment, as written (no re-encoding); "/" when empty.
 */
export function pathOfUrl(url: string): string {
  let s = url;
  const hash = s.indexOf('#');
  if (hash >= 0) s = s.slice(0, hash);
  const scheme = s.indexOf('://');
  let start = 0;
  if (scheme >= 0 && /^[A-Za-z][A-Za-z0-9+.-]*$/.test(s.slice(0, scheme))) {
    start = scheme + 3;
    let i = start;
    while (i < s.length && s[i] !== '/' && s[i] !== '?' && s[i] !== ';') i++;
    start = i;
  } else if (s.startsWith('//')) {
    let i = 2;
    while (i < s.length && s[i] !== '/' && s[i] !== '?' && s[i] !== ';') i++;
    start = i;
  }
  const rest = s.slice(start);
  if (rest === '') return '/';
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * Does `pattern` match the start of `path`? "*" matches any run, "$" at the very end anchors
 * at the path's end. Runs in O(|path| x |pattern|), so a hostile pattern cannot blow up.
 */
export function matchesPattern(path: string, pattern: string): boolean {
  const star = pattern.indexOf('*');
  const anchored = pattern.endsWith('$');
  if (star < 0 && !anchored) return path.startsWith(pattern);
  if (star < 0) return path === pattern.slice(0, -1);
  // The set of path positions the pattern prefix can end at, kept sorted.
  const n = path.length;
  let positions = new Int32Array(n + 1);
  let next = new Int32Array(n + 1);
  positions[0] = 0;
  let count = 1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '$' && i === pattern.length - 1) return positions[count - 1] === n;
    if (c === '*') {
      const from = positions[0]!;
      count = n - from + 1;
      for (let k = 0; k < count; k++) positions[k] = from + k;
      continue;
    }
    let m = 0;
    for (let k = 0; k < count; k++) {
      const p = positions[k]!;
      if (p < n && path[p] === c) next[m++] = p + 1;
    }
    if (m === 0) return false;
    [positions, next] = [next, positions];
    count = m;
  }
  return true;
}
