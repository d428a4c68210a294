/**
 * Which text encoding a log is in: a byte-order mark says UTF-8 or UTF-16; UTF-16 without
 * one shows as a zero byte in every other position; otherwise it is UTF-8 if every byte
 * sequence is valid UTF-8, and Windows-1252 (what Excel on Windows writes as "CSV") if not.
 */
import { isUtf8 } from 'node:buffer';
import type { ByteSource } from './byte-source.js';

/** The encodings a practice log may be in. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** The encoding a BOM or the zero-byte pattern of the first bytes proves, or null (UTF-8 or Windows-1252). */
export function encodingFromHead(head: Uint8Array): TextEncodingName | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Bytes at the end of `buf` that begin a UTF-8 sequence the buffer cuts short. */
function incompleteTail(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** True when the whole source is valid UTF-8; reads it once, chunk by chunk, and stops at the first bad byte. */
export async function isUtf8Source(source: ByteSource): Promise<boolean> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of source.chunks()) {
    const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const tail = incompleteTail(buf);
    if (!isUtf8(buf.subarray(0, buf.length - tail))) return false;
    carry = buf.slice(buf.length - tail);
  }
  return carry.length === 0;
}

/** Decide a source's encoding (see the file comment). */
export async function detectEncoding(source: ByteSource): Promise<TextEncodingName> {
  const proven = encodingFromHead(await source.head(4096));
  if (proven) return proven;
  return (await isUtf8Source(source)) ? 'utf-8' : 'windows-1252';
}

/**
 * Size of the text pieces handed to parsers. Strings this small live and die in V8's young
 * generation; megabyte strings would go to large-object space and inflate memory until a
 * full collection.
 */
export const TEXT_PIECE_BYTES = 64 * 1024;

/**
 * Decode a stream of byte chunks to text pieces. The BOM, if any, is dropped; invalid
 * sequences become U+FFFD rather than an exception (validity was decided before).
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncodingName,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.byteLength; i += TEXT_PIECE_BYTES) {
      const text = decoder.decode(chunk.subarray(i, i + TEXT_PIECE_BYTES), { stream: true });
      if (text.length) yield text;
    }
  }
  const last = decoder.decode();
  if (last.length) yield last;
}
