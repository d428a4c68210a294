/**
 * Checks a zip archive (DOCX) from its central directory before anything is inflated: entry
 * count, total and per-entry uncompressed size, compression ratio, overlapping entries (the
 * "better zip bomb" trick), encryption and compression methods. Only sizes and offsets are
 * read here; nothing is decompressed.
 */
import { DocumentReadError } from './document-error.js';
import type { ZipLimits } from './limits.js';

/** One file in the archive, as its central directory describes it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's local file header. */
  readonly localHeaderOffset: number;
  /** Offset of the entry's compressed data. */
  readonly dataOffset: number;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const SUPPORTED_METHODS = new Set([0, 8]);

/** Lists the archive's entries, or throws DocumentReadError (code zip-bomb or corrupt) naming `name`. */
export function inspectZip(bytes: Uint8Array, name: string, limits: ZipLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupt = (why: string): DocumentReadError => new DocumentReadError(name, 'corrupt', `is not a valid zip archive: ${why}`);
  const bomb = (why: string): DocumentReadError => new DocumentReadError(name, 'zip-bomb', `refused as a possible zip bomb: ${why}`);

  const directory = readDirectoryLocation(view, corrupt);
  if (directory.entryCount > limits.maxEntries) {
    throw bomb(`${directory.entryCount} entries (limit ${limits.maxEntries})`);
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let pos = directory.offset;
  for (let i = 0; i < directory.entryCount; i++) {
    const entry = readCentralEntry(view, bytes, pos, directory.offset, corrupt);
    pos = entry.next;
    const e = entry.entry;
    if (entry.encrypted) throw new DocumentReadError(name, 'encrypted', `is encrypted ("${e.name}"); save a copy without a password`);
    if (!SUPPORTED_METHODS.has(e.method)) throw corrupt(`"${e.name}" uses compression method ${e.method}, which is not supported`);
    if (e.method === 0 && e.compressedSize !== e.uncompressedSize) throw corrupt(`stored entry "${e.name}" has two different sizes`);
    total += e.uncompressedSize;
    if (total > limits.maxTotalUncompressedBytes) {
      throw bomb(`it would expand to more than ${mib(limits.maxTotalUncompressedBytes)} (limit), at entry "${e.name}"`);
    }
    if (e.uncompressedSize > limits.ratioFloorBytes && e.uncompressedSize > e.compressedSize * limits.maxRatio) {
      const ratio = e.compressedSize === 0 ? 'infinite' : `${Math.round(e.uncompressedSize / e.compressedSize)}:1`;
      throw bomb(`"${e.name}" expands ${mib(e.compressedSize)} to ${mib(e.uncompressedSize)} (ratio ${ratio}, limit ${limits.maxRatio}:1)`);
    }
    entries.push(e);
  }
  checkNoOverlap(entries, directory.offset, bomb, corrupt);
  return entries;
}

interface DirectoryLocation {
  readonly entryCount: number;
  readonly offset: number;
  readonly size: number;
}

function readDirectoryLocation(view: DataView, corrupt: (why: string) => Error): DirectoryLocation {
  const eocd = findEocd(view);
  if (eocd < 0) throw corrupt('no end-of-central-directory record');
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  let entryCount: number = view.getUint16(eocd + 10, true);
  let size: number = view.getUint32(eocd + 12, true);
  let offset: number = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = readZip64Location(view, eocd, corrupt);
    entryCount = zip64.entryCount;
    size = zip64.size;
    offset = zip64.offset;
  } else if (disk !== 0 || cdDisk !== 0) {
    throw corrupt('multi-volume archives are not supported');
  }
  if (offset + size > eocd || offset > view.byteLength) throw corrupt('the central directory lies outside the file');
  return { entryCount, offset, size };
}

function findEocd(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIG && i + EOCD_SIZE + view.getUint16(i + 20, true) <= view.byteLength) return i;
  }
  return -1;
}

function readZip64Location(view: DataView, eocd: number, corrupt: (why: string) => Error): DirectoryLocation {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== EOCD64_LOCATOR_SIG) throw corrupt('zip64 locator missing');
  const record = safeNumber(view.getBigUint64(locator + 8, true), corrupt);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== EOCD64_SIG) throw corrupt('zip64 end record missing');
  if (view.getUint32(record + 16, true) !== 0 || view.getUint32(record + 20, true) !== 0) {
    throw corrupt('multi-volume archives are not supported');
  }
  return {
    entryCount: safeNumber(view.getBigUint64(record + 32, true), corrupt),
    size: safeNumber(view.getBigUint64(record + 40, true), corrupt),
    offset: safeNumber(view.getBigUint64(record + 48, true), corrupt),
  };
}

function readCentralEntry(
  view: DataView,
  bytes: Uint8Array,
  pos: number,
  directoryStart: number,
  corrupt: (why: string) => Error,
): { entry: ZipEntry; encrypted: boolean; next: number } {
  if (pos + 46 > view.byteLength || view.getUint32(pos, true) !== CENTRAL_SIG) {
    throw corrupt(`central directory entry at byte ${pos} is damaged`);
  }
  const flags = view.getUint16(pos + 8, true);
  const method = view.getUint16(pos + 10, true);
  let compressedSize: number = view.getUint32(pos + 20, true);
  let uncompressedSize: number = view.getUint32(pos + 24, true);
  const nameLength = view.getUint16(pos + 28, true);
  const extraLength = view.getUint16(pos + 30, true);
  const commentLength = view.getUint16(pos + 32, true);
  let localHeaderOffset: number = view.getUint32(pos + 42, true);
  const next = pos + 46 + nameLength + extraLength + commentLength;
  if (next > view.byteLength) throw corrupt(`central directory entry at byte ${pos} runs past the end of the file`);
  const name = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(pos + 46, pos + 46 + nameLength));

  // Zip64 sizes live in extra field 0x0001, in this order, only for the fields set to 0xffffffff.
  if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
    const extra = findExtra(view, pos + 46 + nameLength, extraLength, 0x0001);
    if (!extra) throw corrupt(`"${name}" has zip64 sizes but no zip64 extra field`);
    let at = extra.start;
    const take = (): number => {
      if (at + 8 > extra.end) throw corrupt(`"${name}" has a truncated zip64 extra field`);
      const value = safeNumber(view.getBigUint64(at, true), corrupt);
      at += 8;
      return value;
    };
    if (uncompressedSize === 0xffffffff) uncompressedSize = take();
    if (compressedSize === 0xffffffff) compressedSize = take();
    if (localHeaderOffset === 0xffffffff) localHeaderOffset = take();
  }

  if (localHeaderOffset + 30 > directoryStart || view.getUint32(localHeaderOffset, true) !== LOCAL_SIG) {
    throw corrupt(`"${name}" points to a missing local header`);
  }
  const localNameLength = view.getUint16(localHeaderOffset + 26, true);
  const localExtraLength = view.getUint16(localHeaderOffset + 28, true);
  const dataOffset = localHeaderOffset + 30 + localNameLength + localExtraLength;
  if (dataOffset + compressedSize > directoryStart) throw corrupt(`"${name}" runs into the central directory`);
  return {
    entry: { name, method, compressedSize, uncompressedSize, localHeaderOffset, dataOffset },
    encrypted: (flags & 0x1) !== 0,
    next,
  };
}

function findExtra(view: DataView, start: number, length: number, id: number): { start: number; end: number } | null {
  let at = start;
  const end = start + length;
  while (at + 4 <= end) {
    const headerId = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (headerId === id) return { start: at + 4, end: Math.min(end, at + 4 + size) };
    at += 4 + size;
  }
  return null;
}

// Entries whose data overlap let a few kilobytes stand for gigabytes ("a better zip bomb", Fifield 2019).
function checkNoOverlap(
  entries: readonly ZipEntry[],
  directoryStart: number,
  bomb: (why: string) => Error,
  corrupt: (why: string) => Error,
): void {
  const sorted = [...entries].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1];
    const entry = sorted[i];
    if (!before || !entry) continue;
    if (entry.localHeaderOffset < before.dataOffset + before.compressedSize) {
      throw bomb(`entries "${before.name}" and "${entry.name}" overlap`);
    }
  }
  const lastEntry = sorted.at(-1);
  if (lastEntry && lastEntry.dataOffset + lastEntry.compressedSize > directoryStart) throw corrupt('the last entry runs into the central directory');
}

function safeNumber(value: bigint, corrupt: (why: string) => Error): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('a zip64 size is out of range');
  return Number(value);
}

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
