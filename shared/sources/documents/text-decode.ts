/**
 * Decodes a plain-text or Markdown file: a byte-order mark wins; else valid UTF-8 is UTF-8;
 * else text with a NUL in every other byte is UTF-16 without a BOM; else windows-1252, the
 * encoding of nearly every legacy Western text file (and a superset of Latin-1's printables).
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Decoded text and the encoding that was used. */
export interface DecodedFile {
  readonly text: string;
  readonly encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'windows-1252';
}

const SAMPLE_BYTES = 4096;

/** Decodes `bytes` as text, detecting the encoding as described above. */
export function decodeTextFile(bytes: Uint8Array): DecodedFile {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf16le'), encoding: 'UTF-16LE' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf16be'), encoding: 'UTF-16BE' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: iconv.decode(buf, utf16 === 'UTF-16LE' ? 'utf16le' : 'utf16be'), encoding: utf16 };
  if (isUtf8(buf)) return { text: buf.toString('utf8'), encoding: 'UTF-8' };
  return { text: iconv.decode(buf, 'windows-1252'), encoding: 'windows-1252' };
}

/** True when the bytes hold NULs, which no real text file in a single-byte encoding or UTF-8 has. */
export function hasNulBytes(bytes: Uint8Array): boolean {
  return bytes.subarray(0, SAMPLE_BYTES).includes(0);
}

/** True when `bytes` look like UTF-16 text: a UTF-16 BOM, or alternating zero bytes. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16WithoutBom(bytes) !== null;
}

// ASCII-range text in UTF-16 has a zero in every odd byte (LE) or every even byte (BE).
function utf16WithoutBom(buf: Uint8Array): DecodedFile['encoding'] | null {
  const n = Math.min(buf.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'UTF-16LE';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'UTF-16BE';
  return null;
}
