/**
 * Undoing HTTP Content-Encoding (gzip, deflate, br) as a chain of streaming decoders, exactly
 * as many layers as the header lists (a gzip inside a gzip is left alone unless the header
 * says "gzip, gzip"). The caller counts the decoded bytes and stops at its cap, so a
 * decompression bomb never inflates further than the cap.
 */
import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

/** Most layers of Content-Encoding accepted on one response. */
export const MAX_ENCODING_LAYERS = 3;

/** Decoder output chunk size: small, so a bomb is stopped within one chunk of the cap. */
const CHUNK = 16 * 1024;

export class ContentEncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentEncodingError';
  }
}

/** The encodings of a Content-Encoding header in the order they were applied ("identity" dropped). */
export function parseContentEncoding(header: string | string[] | undefined): string[] {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');
}

/**
 * "deflate" is meant to be zlib-wrapped (RFC 9110) but many servers send raw deflate; like
 * browsers, look at the first two bytes to tell which.
 */
class AutoInflate extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;
  private pending: Buffer | null = null;

  private start(head: Buffer): void {
    const zlibWrapped = head.length >= 2 && (head[0]! & 0x0f) === 8 && ((head[0]! << 8) | head[1]!) % 31 === 0;
    const inner = zlibWrapped ? zlib.createInflate({ chunkSize: CHUNK }) : zlib.createInflateRaw({ chunkSize: CHUNK });
    inner.on('data', (d: Buffer) => this.push(d));
    inner.on('error', (e) => this.destroy(e));
    this.inner = inner;
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    if (!this.inner) {
      const head = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
      if (head.length < 2) {
        this.pending = head;
        cb();
        return;
      }
      this.pending = null;
      this.start(head);
      chunk = head;
    }
    this.inner!.write(chunk, () => cb());
  }

  override _flush(cb: TransformCallback): void {
    if (!this.inner) {
      if (this.pending) this.start(this.pending);
      else {
        cb();
        return;
      }
      this.inner!.write(this.pending!);
    }
    this.inner!.once('end', () => cb());
    this.inner!.end();
  }

  override _destroy(err: Error | null, cb: (error: Error | null) => void): void {
    this.inner?.destroy();
    cb(err);
  }
}

function decoderFor(encoding: string): Transform {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip({ chunkSize: CHUNK });
    case 'deflate':
      return new AutoInflate();
    case 'br':
      return zlib.createBrotliDecompress({ chunkSize: CHUNK });
    default:
      throw new ContentEncodingError(`unsupported Content-Encoding "${encoding.slice(0, 40)}"`);
  }
}

/**
 * The decoders for a Content-Encoding list, outermost first, or [] for identity. Throws
 * ContentEncodingError for an unknown encoding or more than MAX_ENCODING_LAYERS layers.
 */
export function createDecoders(encodings: readonly string[]): Transform[] {
  if (encodings.length > MAX_ENCODING_LAYERS) {
    throw new ContentEncodingError(`Content-Encoding has ${encodings.length} layers (at most ${MAX_ENCODING_LAYERS} accepted)`);
  }
  // Applied in the listed order, so they are undone last-first.
  return [...encodings].reverse().map(decoderFor);
}

/** Gunzips at most `cap` bytes of a gzip buffer, streaming, so a bomb costs no more than the cap. */
export function gunzipCapped(bytes: Buffer, cap: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const gunzip = zlib.createGunzip({ chunkSize: CHUNK });
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (truncated: boolean): void => {
      if (done) return;
      done = true;
      gunzip.destroy();
      resolve({ bytes: Buffer.concat(chunks, size), truncated });
    };
    gunzip.on('data', (d: Buffer) => {
      if (done) return;
      const room = cap - size;
      if (d.length >= room) {
        chunks.push(d.subarray(0, room));
        size += room;
        // Reaching the cap counts as cut: whether more would follow is not worth inflating for.
        finish(true);
        return;
      }
      chunks.push(d);
      size += d.length;
    });
    gunzip.on('end', () => finish(false));
    gunzip.on('error', (e) => {
      if (done) return;
      done = true;
      reject(new ContentEncodingError(`not valid gzip: ${e.message}`));
    });
    gunzip.end(bytes);
  });
}
