import { Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createDecoders, gunzipCapped, parseContentEncoding } from '../../../shared/sources/crawl/content-decoding.js';

/** Feeds `bytes` through the decoders in `chunk`-byte pieces and collects the output. */
async function decode(decoders: Transform[], bytes: Buffer, chunk: number): Promise<Buffer> {
  const pieces = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
  let stream: NodeJS.ReadableStream = Readable.from(pieces);
  for (const d of decoders) stream = stream.pipe(d);
  const out: Buffer[] = [];
  for await (const c of stream) out.push(c as Buffer);
  return Buffer.concat(out);
}

const TEXT = Buffer.from('<p>We reply to every email within one working day.</p>'.repeat(50));

describe('Content-Encoding', () => {
  it.each([
    ['gzip', ['gzip']],
    [' GZIP , identity', ['gzip']],
    ['gzip, br', ['gzip', 'br']],
    ['', []],
  ])('parses %j', (header, expected) => {
    expect(parseContentEncoding(header)).toEqual(expected);
  });

  it.each([
    ['gzip', zlib.gzipSync(TEXT)],
    ['x-gzip', zlib.gzipSync(TEXT)],
    ['deflate (zlib-wrapped)', zlib.deflateSync(TEXT)],
    ['deflate (raw, as some servers send it)', zlib.deflateRawSync(TEXT)],
    ['br', zlib.brotliCompressSync(TEXT)],
  ])('decodes %s, even fed one byte at a time', async (name, bytes) => {
    const label = name.split(' ')[0]!;
    expect(await decode(createDecoders([label]), bytes, 1)).toEqual(TEXT);
    expect(await decode(createDecoders([label]), bytes, 4096)).toEqual(TEXT);
  });

  it('undoes stacked encodings last-first', async () => {
    const bytes = zlib.brotliCompressSync(zlib.gzipSync(TEXT));
    expect(await decode(createDecoders(['gzip', 'br']), bytes, 100)).toEqual(TEXT);
  });

  it('refuses unknown encodings and too many layers', () => {
    expect(() => createDecoders(['compress'])).toThrow(/unsupported Content-Encoding "compress"/);
    expect(() => createDecoders(['gzip', 'gzip', 'gzip', 'gzip'])).toThrow(/4 layers \(at most 3 accepted\)/);
  });

  it('gunzips within a cap', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(8 * 1024 * 1024));
    const cut = await gunzipCapped(bomb, 100_000);
    expect(cut).toMatchObject({ truncated: true });
    expect(cut.bytes.length).toBe(100_000);
    const whole = await gunzipCapped(zlib.gzipSync(TEXT), 1_000_000);
    expect(whole).toEqual({ bytes: TEXT, truncated: false });
    await expect(gunzipCapped(Buffer.from('not gzip'), 10)).rejects.toThrow(/not valid gzip/);
  });
});
