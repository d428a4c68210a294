/**
 * Reads a PDF's named destinations and page order straight from its object table, for PDFs
 * written the way Chromium (Skia) writes them: a classic cross-reference table and plain
 * dictionary objects. Milliseconds, and no PDF library to load. Returns null for anything
 * else (cross-reference streams, name trees), so the caller can fall back to pdf.js.
 */

/** Page count and the 1-based page each named destination points at. */
export interface DestinationPages {
  readonly pageCount: number;
  readonly pages: ReadonlyMap<string, number>;
}

/** Objects larger than this are not dictionaries we need; a bound on malformed input. */
const MAX_OBJECT_CHARS = 1 << 20;
const MAX_PAGES = 100_000;

/** Named destinations and page order, or null when the PDF is not laid out as expected. */
export function readDestinationPages(pdf: Uint8Array): DestinationPages | null {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const offsets = xrefOffsets(text);
  if (offsets === null) return null;
  const object = (num: number): string | null => {
    const at = offsets.get(num);
    if (at === undefined) return null;
    const head = /^\s*\d+\s+\d+\s+obj\b/.exec(text.slice(at, at + 40));
    if (head === null) return null;
    const end = text.indexOf('endobj', at);
    if (end < 0 || end - at > MAX_OBJECT_CHARS) return null;
    return text.slice(at + head[0].length, end);
  };
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text)?.[1];
  const root = ref(trailer, 'Root');
  const catalog = root === null ? null : object(root);
  const pagesRoot = ref(catalog, 'Pages');
  const destsRef = ref(catalog, 'Dests');
  if (pagesRoot === null || destsRef === null) return null;
  const order = pageOrder(pagesRoot, object);
  const dests = object(destsRef);
  if (order === null || dests === null) return null;
  const index = new Map(order.map((num, i) => [num, i + 1]));
  const pages = new Map<string, number>();
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = index.get(Number(m[2]));
    if (page !== undefined) pages.set(decodeName(m[1] as string), page);
  }
  return { pageCount: order.length, pages };
}

/** Object number -> byte offset, from a classic `xref` table; null for a cross-reference stream. */
function xrefOffsets(text: string): Map<number, number> | null {
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024))?.[1];
  if (start === undefined) return null;
  let at = Number(start);
  if (text.slice(at, at + 4) !== 'xref') return null;
  at += 4;
  const offsets = new Map<number, number>();
  const section = /\s*(\d+)\s+(\d+)\s*/y;
  const entry = /(\d{10}) (\d{5}) ([nf])\s*/y;
  for (;;) {
    section.lastIndex = at;
    const s = section.exec(text);
    if (s === null) break;
    at = section.lastIndex;
    const first = Number(s[1]);
    const count = Number(s[2]);
    if (count > MAX_PAGES * 10) return null;
    for (let i = 0; i < count; i += 1) {
      entry.lastIndex = at;
      const e = entry.exec(text);
      if (e === null) return null;
      at = entry.lastIndex;
      if (e[3] === 'n') offsets.set(first + i, Number(e[1]));
    }
  }
  return offsets;
}

/** Page object numbers in document order, walking the page tree from its root. */
function pageOrder(rootNum: number, object: (num: number) => string | null): number[] | null {
  const order: number[] = [];
  const seen = new Set<number>();
  const walk = (num: number, depth: number): boolean => {
    if (depth > 64 || seen.has(num) || order.length > MAX_PAGES) return false;
    seen.add(num);
    const body = object(num);
    if (body === null) return false;
    if (/\/Type\s*\/Page\b(?!s)/.test(body)) {
      order.push(num);
      return true;
    }
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1];
    if (kids === undefined) return false;
    for (const k of kids.matchAll(/(\d+)\s+\d+\s+R/g)) if (!walk(Number(k[1]), depth + 1)) return false;
    return true;
  };
  return walk(rootNum, 0) ? order : null;
}

function ref(dict: string | null | undefined, key: string): number | null {
  if (dict === null || dict === undefined) return null;
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m === null ? null : Number(m[1]);
}

/** A PDF name's #xx escapes decoded ("sec#2Dsummary" -> "sec-summary"). */
function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
