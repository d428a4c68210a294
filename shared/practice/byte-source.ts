/**
 * Where an import's bytes come from: a file read in 1 MB chunks, or bytes already in memory
 * (an upload through the HTTP bridge). Nothing here loads a whole file.
 */
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';

/** A log to import or preview: a file path, or bytes with an optional file name. */
export type PracticeInput = string | { path: string } | { bytes: Uint8Array; name?: string };

/** An input resolved to something that can be read more than once. */
export interface ByteSource {
  /** File name (for format detection and the dataset's default name). */
  readonly name: string;
  /** Size in bytes. */
  readonly size: number;
  /** Read it from the start, in chunks of about `chunkSize` bytes. */
  chunks(chunkSize?: number): AsyncGenerator<Uint8Array>;
  /** The first `n` bytes (fewer for a short input). */
  head(n: number): Promise<Uint8Array>;
}

export const CHUNK_SIZE = 1024 * 1024;

function fileSource(path: string, size: number): ByteSource {
  return {
    name: basename(path),
    size,
    async *chunks(chunkSize = CHUNK_SIZE) {
      const fh = await open(path, 'r');
      try {
        for (;;) {
          // a fresh buffer per chunk: consumers such as the unzipper keep references
          const buf = Buffer.allocUnsafe(chunkSize);
          const { bytesRead } = await fh.read(buf, 0, chunkSize, null);
          if (bytesRead === 0) return;
          yield bytesRead === chunkSize ? buf : buf.subarray(0, bytesRead);
        }
      } finally {
        await fh.close();
      }
    },
    async head(n) {
      const fh = await open(path, 'r');
      try {
        const buf = Buffer.alloc(Math.min(n, size));
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
  };
}

function memorySource(bytes: Uint8Array, name: string): ByteSource {
  return {
    name,
    size: bytes.byteLength,
    async *chunks(chunkSize = CHUNK_SIZE) {
      for (let i = 0; i < bytes.byteLength; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
    },
    async head(n) {
      return bytes.subarray(0, n);
    },
  };
}

/** Resolve an input; throws a clear error for a missing file or a directory. */
export async function openByteSource(input: PracticeInput): Promise<ByteSource> {
  if (typeof input === 'object' && 'bytes' in input) {
    if (!(input.bytes instanceof Uint8Array)) throw new TypeError('practice input: bytes must be a Uint8Array');
    return memorySource(input.bytes, input.name ?? 'upload');
  }
  const path = typeof input === 'string' ? input : input.path;
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new Error(`practice log not found: ${path}`);
  }
  if (!info.isFile()) throw new Error(`practice log is not a file: ${path}`);
  return fileSource(path, info.size);
}
