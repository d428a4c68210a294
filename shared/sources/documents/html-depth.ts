/**
 * Guards the parser against pathological nesting. htmlparser2 keeps its open-element stack with
 * `unshift`, so a page nested 100,000 levels deep takes quadratic time (tens of seconds). One
 * linear pass finds the depth; only when it is absurd are the tags beyond a sane depth blanked
 * out (their text is kept), which no real page notices.
 */

/** Nesting deeper than this is flattened before parsing. */
export const MAX_NESTING = 1000;

// Comments and raw-text elements are skipped whole; any other tag is an open or a close tag.
const TOKEN = /<!--[^]*?-->|<(script|style|textarea|title|xmp|plaintext)\b[^>]*>[^]*?<\/\1\s*>|<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/gi;
// Elements that never hold others, and elements browsers close implicitly (an unclosed <p>
// or <li> must not count as nesting).
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
]);

/** `html` unchanged, or with the tags nested deeper than `max` replaced by spaces. */
export function limitNesting(html: string, max: number = MAX_NESTING): string {
  if (deepest(html, max) <= max) return html;
  let depth = 0;
  const dropped = new Map<string, number>();
  return html.replace(TOKEN, (token, _raw: string | undefined, slash: string | undefined, name: string | undefined, self: string | undefined) => {
    if (!name) return token;
    const tag = name.toLowerCase();
    if (FLAT.has(tag) || self === '/') return token;
    if (slash) {
      const pending = dropped.get(tag) ?? 0;
      if (pending > 0) {
        dropped.set(tag, pending - 1);
        return ' ';
      }
      depth = Math.max(0, depth - 1);
      return token;
    }
    if (depth >= max) {
      dropped.set(tag, (dropped.get(tag) ?? 0) + 1);
      return ' ';
    }
    depth++;
    return token;
  });
}

// The deepest nesting reached, counting no further than just past `max`.
function deepest(html: string, max: number): number {
  let depth = 0;
  let top = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (!name || FLAT.has(name) || m[4] === '/') continue;
    depth = m[2] ? Math.max(0, depth - 1) : depth + 1;
    if (depth > top) top = depth;
    if (top > max) return top;
  }
  return top;
}
