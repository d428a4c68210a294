/**
 * Guards the parser against pathological nesting. htmlparser2 keeps its open-element stack with
 * `unshift`, so a page nested 100,000 levels deep takes quadratic time (tens of seconds). One
 * linear scan finds the depth; only when it is absurd are the tags beyond a sane depth blanked
 * out (their text is kept), which no real page notices. The scan is hand-written: a regular
 * expression for tags backtracks badly on text like "<a<a<a..." with no ">".
 */

/** Nesting deeper than this is flattened before parsing. */
export const MAX_NESTING = 1000;

// Elements that never hold others, and elements browsers close implicitly (an unclosed <p>
// or <li> must not count as nesting).
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
]);
// Elements whose content is raw text: no tags inside count.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);

/** One tag found by the scan. */
interface Tag {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

/** `html` unchanged, or with the tags nested deeper than `max` replaced by spaces. */
export function limitNesting(html: string, max: number = MAX_NESTING): string {
  let depth = 0;
  let deepest = 0;
  scanTags(html, (tag) => {
    if (FLAT.has(tag.name) || tag.selfClosing) return true;
    depth = tag.closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    return deepest <= max;
  });
  if (deepest <= max) return html;
  const blanks: [number, number][] = [];
  const dropped = new Map<string, number>();
  depth = 0;
  scanTags(html, (tag) => {
    if (FLAT.has(tag.name) || tag.selfClosing) return true;
    if (tag.closing) {
      const pending = dropped.get(tag.name) ?? 0;
      if (pending > 0) {
        dropped.set(tag.name, pending - 1);
        blanks.push([tag.start, tag.end]);
      } else depth = Math.max(0, depth - 1);
    } else if (depth >= max) {
      dropped.set(tag.name, (dropped.get(tag.name) ?? 0) + 1);
      blanks.push([tag.start, tag.end]);
    } else depth++;
    return true;
  });
  const parts: string[] = [];
  let at = 0;
  for (const [s, e] of blanks) {
    parts.push(html.slice(at, s), ' ');
    at = e;
  }
  parts.push(html.slice(at));
  return parts.join('');
}

/**
 * Calls `visit` for every tag in document order, skipping comments and the content of raw-text
 * elements, until `visit` returns false. Every character is looked at a bounded number of times.
 */
function scanTags(html: string, visit: (tag: Tag) => boolean): void {
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    if (!visit(tag)) return;
    i = tag.end;
    if (!tag.closing && !tag.selfClosing && RAW.has(tag.name)) i = rawTextEnd(html, tag.end, tag.name);
  }
}

// The tag starting at `lt`, or null when "<" does not start one (no letter, or "<" or the end
// comes before ">"). Scans only up to the next "<" or ">".
function readTag(html: string, lt: number): Tag | null {
  const n = html.length;
  let j = lt + 1;
  const closing = html[j] === '/';
  if (closing) j++;
  const first = html.charCodeAt(j);
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (!isLetter) return null;
  let k = j;
  while (k < n && !isNameEnd(html.charCodeAt(k))) k++;
  const name = html.slice(j, k).toLowerCase();
  let m = k;
  while (m < n && html[m] !== '>' && html[m] !== '<') m++;
  if (m >= n || html[m] !== '>') return null;
  return { start: lt, end: m + 1, name, closing, selfClosing: html[m - 1] === '/' };
}

function isNameEnd(code: number): boolean {
  // whitespace, "/", "<", ">"
  return code <= 32 || code === 47 || code === 60 || code === 62;
}

// Where the raw text of a <script> (or similar) opened at `from` ends: after its closing tag, or
// at the end of the document when it is never closed.
function rawTextEnd(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}\\s*>`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : html.length;
}
