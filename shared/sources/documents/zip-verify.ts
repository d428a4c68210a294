/**
 * The second line of defence against zip bombs: the central directory's sizes can lie, and
 * the zip library mammoth uses inflates a whole entry before it compares sizes. Each entry is
 * inflated here once with Node's output cap set to its declared size, so an entry that
 * expands past what it declared is refused while its memory is still bounded by that size
 * (and the sum of declared sizes is already capped by inspectZip).
 */
import { inflateRawSync } from 'node:zlib';
import { DocumentReadError } from './document-error.js';
import type { ZipEntry } from './zip-inspect.js';

/** Throws DocumentReadError when an entry inflates to more (zip-bomb) or less (corrupt) than it declares. */
export function verifyInflatedSizes(bytes: Uint8Array, entries: readonly ZipEntry[], name: string): void {
  for (const entry of entries) {
    if (entry.method !== 8) continue;
    const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let size: number;
    try {
      size = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }).length;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new DocumentReadError(
          name,
          'zip-bomb',
          `refused as a possible zip bomb: "${entry.name}" inflates to more than the ${entry.uncompressedSize} bytes it declares`,
        );
      }
      throw new DocumentReadError(name, 'corrupt', `is damaged: "${entry.name}" cannot be inflated (${(error as Error).message})`, {
        cause: error,
      });
    }
    if (size !== entry.uncompressedSize) {
      throw new DocumentReadError(name, 'corrupt', `is damaged: "${entry.name}" inflates to ${size} bytes, not the ${entry.uncompressedSize} it declares`);
    }
  }
}
