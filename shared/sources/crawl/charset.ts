/**
 * Turning fetched bytes into text the way a browser does (WHATWG "determine the character
 * encoding"): a byte-order mark first, then the HTTP Content-Type charset, then a <meta>
 * charset (or an XML declaration) in the first 4 KB, and with no label at all UTF-8 when the
 * bytes are valid UTF-8, else windows-1252.
 */
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { encodingForLabel, UTF16BE, UTF16LE, UTF8, WINDOWS_1252, type Encoding } from './encoding-labels.js';

/** Where the encoding used came from. */
export type EncodingSource = 'bom' | 'header' | 'meta' | 'xml-declaration' | 'sniffed';

/** Decoded text and how its encoding was decided. */
export interface DecodedText {
  readonly text: string;
  /** WHATWG name of the encoding used. */
  readonly encoding: string;
  readonly source: EncodingSource;
}

const PRESCAN_BYTES = 4096;

/** The encoding a byte-order mark announces, with the BOM's length. */
function sniffBom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: UTF8, length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: UTF16LE, length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: UTF16BE, length: 2 };
  return null;
}

/** The charset parameter of a Content-Type header value, or null. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

/**
 * The charset a <meta> tag declares in the first 4 KB: `<meta charset=...>` or
 * `<meta http-equiv="Content-Type" content="...; charset=...">`. Comments are skipped.
 */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const tag = /<meta\b([^>]*)>?/gi;
  for (let m = tag.exec(head); m; m = tag.exec(head)) {
    const attrs = m[1] ?? '';
    const direct = /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(attrs);
    if (direct && !/\bcontent\s*=/i.test(attrs.slice(0, direct.index))) return direct[1]!;
    if (/\bhttp-equiv\s*=\s*["']?\s*content-type/i.test(attrs)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
      const value = content ? (content[1] ?? content[2] ?? content[3] ?? '') : '';
      const cs = /charset\s*=\s*["']?([^\s"';]+)/i.exec(value);
      if (cs) return cs[1]!;
    }
  }
  return null;
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="..."?>`), or null. */
export function xmlDeclarationCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512)).toString('latin1');
  const m = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  return m ? m[1]! : null;
}

function decodeWith(bytes: Uint8Array, encoding: Encoding, skip: number): string {
  const body = skip > 0 ? bytes.subarray(skip) : bytes;
  if (encoding.codec === 'utf8') {
    const buf = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    const text = buf.toString('utf8');
    // A UTF-8 BOM inside the body (after a header label) is still not text.
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), encoding.codec);
}

function sniffed(bytes: Uint8Array): Encoding {
  return isUtf8(bytes) ? UTF8 : WINDOWS_1252;
}

/** Decodes an HTML (or other text) response: BOM, then header charset, then <meta>, then sniffing. */
export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bytes, bom.encoding, bom.length), encoding: bom.encoding.name, source: 'bom' };
  const fromHeader = encodingForLabel(charsetOfContentType(contentType) ?? '');
  if (fromHeader) return { text: decodeWith(bytes, fromHeader, 0), encoding: fromHeader.name, source: 'header' };
  const metaLabel = metaCharset(bytes);
  let fromMeta = metaLabel === null ? null : encodingForLabel(metaLabel);
  // A <meta> that was readable as ASCII cannot be UTF-16 (WHATWG: treat it as UTF-8).
  if (fromMeta && fromMeta.name.startsWith('UTF-16')) fromMeta = UTF8;
  if (fromMeta) return { text: decodeWith(bytes, fromMeta, 0), encoding: fromMeta.name, source: 'meta' };
  const guess = sniffed(bytes);
  return { text: decodeWith(bytes, guess, 0), encoding: guess.name, source: 'sniffed' };
}

/** Decodes an XML document (a sitemap): BOM, then header charset, then the XML declaration, then sniffing. */
export function decodeXml(bytes: Uint8Array, contentType: string | null = null): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return { text: decodeWith(bytes, bom.encoding, bom.length), encoding: bom.encoding.name, source: 'bom' };
  const fromHeader = encodingForLabel(charsetOfContentType(contentType) ?? '');
  if (fromHeader) return { text: decodeWith(bytes, fromHeader, 0), encoding: fromHeader.name, source: 'header' };
  const declared = encodingForLabel(xmlDeclarationCharset(bytes) ?? '');
  if (declared && !declared.name.startsWith('UTF-16')) {
    return { text: decodeWith(bytes, declared, 0), encoding: declared.name, source: 'xml-declaration' };
  }
  const guess = sniffed(bytes);
  return { text: decodeWith(bytes, guess, 0), encoding: guess.name, source: 'sniffed' };
}
