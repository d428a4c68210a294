import { describe, expect, it } from 'vitest';
import { DocumentReadError } from '../../../shared/sources/documents/document-error.js';
import { checkImageSize, readImageHeader } from '../../../shared/sources/documents/image-header.js';
import { IMAGE_LIMITS } from '../../../shared/sources/documents/limits.js';
import { readImage } from '../../../shared/sources/documents/ocr.js';

function pngHeader(width: number, height: number): Uint8Array {
  const b = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return new Uint8Array(b);
}

/** A JPEG's markers up to its frame header: SOI, optional fill bytes and segments, then SOFn. */
function jpegHeader(width: number, height: number, sof = 0xc0, before: number[][] = []): Uint8Array {
  const segments = before.flat();
  const frame = [0xff, sof, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03];
  return new Uint8Array([0xff, 0xd8, ...segments, ...frame, ...Array(15).fill(0)]);
}

const APP0 = [0xff, 0xe0, 0x00, 0x10, ...Array(14).fill(0x4a)];
const FILL_THEN_DQT = [0xff, 0xff, 0xdb, 0x00, 0x04, 0x00, 0x00];

describe('readImageHeader', () => {
  it.each<[string, Uint8Array, string, number, number]>([
    ['a PNG', pngHeader(1320, 880), 'png', 1320, 880],
    ['a baseline JPEG after APP0', jpegHeader(4032, 3024, 0xc0, [APP0]), 'jpeg', 4032, 3024],
    ['a progressive JPEG after fill bytes and a DQT', jpegHeader(800, 600, 0xc2, [FILL_THEN_DQT]), 'jpeg', 800, 600],
  ])('%s', (_name, bytes, format, width, height) => {
    expect(readImageHeader(bytes, 'x')).toEqual({ format, width, height });
  });

  it.each<[string, Uint8Array, string]>([
    ['a PNG without IHDR', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'scan.png: is a damaged PNG: its IHDR header is missing'],
    ['a PNG declaring no pixels', pngHeader(0, 10), 'scan.png: is a damaged PNG: it declares 0 x 10 pixels'],
    ['a JPEG whose scan comes before any frame', new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6]), 'scan.png: is a damaged JPEG: no frame header (SOF) before the image data'],
    ['a JPEG with a broken marker', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0x12, 0x34, 0x00, 0x00]), 'scan.png: is a damaged JPEG: no marker at byte 8'],
    ['a JPEG with a zero segment length', new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x00, 0, 0]), 'scan.png: is a damaged JPEG: bad segment length at byte 2'],
    ['not an image', new Uint8Array(Buffer.from('GIF89a')), 'scan.png: not a PNG or JPEG image (starts with "GIF89a")'],
  ])('%s is refused', (_name, bytes, message) => {
    expect(() => readImageHeader(bytes, 'scan.png')).toThrow(message);
  });
});

describe('checkImageSize', () => {
  it.each([
    [8000, 5000, true],
    [8000, 5001, false],
    [20_000, 1_000, true],
    [20_001, 10, false],
  ])('%i x %i allowed: %s', (width, height, allowed) => {
    const check = (): void => checkImageSize({ format: 'png', width, height }, 'x.png', IMAGE_LIMITS);
    if (allowed) expect(check).not.toThrow();
    else expect(check).toThrow(DocumentReadError);
  });
});

describe('readImage refuses oversized images from their header alone', () => {
  it.each([
    ['a 50,000 x 50,000 PNG', pngHeader(50_000, 50_000), 'poster.png: image is 50,000 x 50,000 pixels (2500.0 megapixels); the limit is 40 megapixels and 20,000 pixels a side. Scale it down and try again'],
    ['a 65,500 x 65,500 JPEG', jpegHeader(65_500, 65_500, 0xc0, [APP0]), 'poster.png: image is 65,500 x 65,500 pixels (4290.3 megapixels); the limit is 40 megapixels and 20,000 pixels a side. Scale it down and try again'],
  ])('%s', async (_name, bytes, message) => {
    const error = await readImage(bytes, 'file:///inbox/poster.png').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentReadError);
    expect(error).toMatchObject({ code: 'image-too-large', message });
  });
});
