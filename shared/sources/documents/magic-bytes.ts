/**
 * File signatures ("magic bytes") of the formats the readers accept, and a printable
 * description of how a file starts, for error messages ("starts with \"<!DOCTYPE html\"").
 */

/** A PDF: "%PDF-" within the first KiB (pdf.js, like Acrobat, tolerates junk before it). */
export function isPdf(bytes: Uint8Array): boolean {
  return indexOfAscii(bytes, '%PDF-', 1024) >= 0;
}

/** A zip archive (DOCX, XLSX, ODT...): a local file header or an empty archive's end record. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

/** A PNG image. */
export function isPng(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
}

/** A JPEG image (SOI marker followed by another marker). */
export function isJpeg(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xff, 0xd8, 0xff]);
}

/** Formats that are certainly binary and that no reader here accepts, by their signature. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  const signatures: readonly [string, readonly number[]][] = [
    ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
    ['a legacy Word/Excel file (.doc/.xls)', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
    ['a gzip archive', [0x1f, 0x8b]],
    ['a RAR archive', [0x52, 0x61, 0x72, 0x21]],
    ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
    ['a TIFF image', [0x49, 0x49, 0x2a, 0x00]],
    ['a TIFF image', [0x4d, 0x4d, 0x00, 0x2a]],
    ['an executable', [0x4d, 0x5a]],
    ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ];
  for (const [name, sig] of signatures) if (startsWith(bytes, sig)) return name;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && indexOfAscii(bytes.subarray(8, 12), 'WEBP', 4) === 0) return 'a WebP image';
  return null;
}

/** How the file starts, printable: `"%PDF-1.7"`, `"PK\x03\x04"`, or `nothing (empty file)`. */
export function describeStart(bytes: Uint8Array, count = 12): string {
  if (bytes.length === 0) return 'nothing (empty file)';
  let out = '';
  for (const b of bytes.subarray(0, count)) {
    out += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return `"${out}"`;
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

function indexOfAscii(bytes: Uint8Array, needle: string, within: number): number {
  const end = Math.min(bytes.length, within) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
