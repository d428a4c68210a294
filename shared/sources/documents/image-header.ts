/**
 * Reads an image's dimensions from its header (PNG IHDR, JPEG SOF) without decoding it, so
 * an image that would need gigabytes of pixels is refused before any decoder allocates them.
 */
import { DocumentReadError } from './document-error.js';
import type { ImageLimits } from './limits.js';
import { describeStart, isJpeg, isPng } from './magic-bytes.js';

/** What the header says. */
export interface ImageHeader {
  readonly format: 'png' | 'jpeg';
  readonly width: number;
  readonly height: number;
}

// Start-of-frame markers: every SOFn except DHT (C4), JPG (C8) and DAC (CC).
const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);
const START_OF_SCAN = 0xda;

/** The image's format and size; throws DocumentReadError naming `name` when the header is missing or damaged. */
export function readImageHeader(bytes: Uint8Array, name: string): ImageHeader {
  if (isPng(bytes)) return readPngHeader(bytes, name);
  if (isJpeg(bytes)) return readJpegHeader(bytes, name);
  throw new DocumentReadError(name, 'unsupported-format', `not a PNG or JPEG image (starts with ${describeStart(bytes)})`);
}

/** Throws DocumentReadError (image-too-large) when the image is bigger than `limits` allow. */
export function checkImageSize(header: ImageHeader, name: string, limits: ImageLimits): void {
  const pixels = header.width * header.height;
  const size = `${header.width.toLocaleString('en-GB')} x ${header.height.toLocaleString('en-GB')} pixels`;
  if (pixels > limits.maxPixels || Math.max(header.width, header.height) > limits.maxSide) {
    throw new DocumentReadError(
      name,
      'image-too-large',
      `image is ${size} (${(pixels / 1e6).toFixed(1)} megapixels); the limit is ${limits.maxPixels / 1e6} megapixels ` +
        `and ${limits.maxSide.toLocaleString('en-GB')} pixels a side. Scale it down and try again`,
    );
  }
}

function readPngHeader(bytes: Uint8Array, name: string): ImageHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Signature (8), then the first chunk, which must be IHDR: length (4) = 13, type (4), width (4), height (4).
  if (bytes.length < 24 || view.getUint32(12) !== 0x49484452) {
    throw new DocumentReadError(name, 'corrupt', 'is a damaged PNG: its IHDR header is missing');
  }
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0) throw new DocumentReadError(name, 'corrupt', `is a damaged PNG: it declares ${width} x ${height} pixels`);
  return { format: 'png', width, height };
}

function readJpegHeader(bytes: Uint8Array, name: string): ImageHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 2;
  // Each step moves forward by at least two bytes, so the walk ends within the file.
  while (pos + 4 <= bytes.length) {
    if (bytes[pos] !== 0xff) throw new DocumentReadError(name, 'corrupt', `is a damaged JPEG: no marker at byte ${pos}`);
    const marker = bytes[pos + 1] ?? 0;
    if (marker === 0xff) {
      pos += 1; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      pos += 2; // markers without a length
      continue;
    }
    const length = view.getUint16(pos + 2);
    if (length < 2) throw new DocumentReadError(name, 'corrupt', `is a damaged JPEG: bad segment length at byte ${pos}`);
    if (SOF_MARKERS.has(marker)) {
      if (pos + 9 > bytes.length) break;
      const height = view.getUint16(pos + 5);
      const width = view.getUint16(pos + 7);
      if (width === 0 || height === 0) {
        throw new DocumentReadError(name, 'corrupt', `is a JPEG that declares ${width} x ${height} pixels, which cannot be read`);
      }
      return { format: 'jpeg', width, height };
    }
    if (marker === START_OF_SCAN || marker === 0xd9) break;
    pos += 2 + length;
  }
  throw new DocumentReadError(name, 'corrupt', 'is a damaged JPEG: no frame header (SOF) before the image data');
}
