/**
 * Settling how a source is read (format, encoding, delimiter) and reading its rows into a
 * sink, with one hook between chunks for progress and cancellation.
 */
import { isUtf8 } from 'node:buffer';
import type { ByteSource } from './byte-source.js';
import { detectFormat, type InputFormat } from './input-format.js';
import { readDelimited } from './read-delimited.js';
import { readJsonArray, readJsonLines } from './read-json.js';
import type { RowSink } from './row-sink.js';
import { decodeChunks, detectEncoding, encodingFromHead, type TextEncodingName } from './text-encoding.js';

/** How a source will be read. */
export interface ReadPlan {
  readonly format: InputFormat;
  /** Null for XLSX (binary). */
  readonly encoding: TextEncodingName | null;
  readonly delimiter?: string;
  readonly sheet?: string;
}

/** True when the bytes are valid UTF-8, ignoring a sequence cut short at the end. */
function headIsUtf8(head: Uint8Array): boolean {
  let end = head.length;
  for (let back = 1; back <= 3 && back <= head.length; back++) {
    if ((head[head.length - back]! & 0xc0) !== 0x80) {
      if (head[head.length - back]! >= 0xc0) end = head.length - back;
      break;
    }
  }
  return isUtf8(head.subarray(0, end));
}

/**
 * Decide format and encoding. `validateUtf8` reads the whole source once when there is no
 * BOM (a preview passes false and judges by its first 64 KB).
 */
export async function planRead(
  source: ByteSource,
  given: { format?: InputFormat; encoding?: TextEncodingName; delimiter?: string; sheet?: string },
  validateUtf8 = true,
): Promise<ReadPlan> {
  const head = await source.head(64 * 1024);
  let encoding: TextEncodingName | null = given.encoding ?? null;
  if (!encoding && !(head[0] === 0x50 && head[1] === 0x4b)) {
    encoding =
      encodingFromHead(head) ??
      (validateUtf8 ? await detectEncoding(source) : headIsUtf8(head) ? 'utf-8' : 'windows-1252');
  }
  const headText = encoding ? new TextDecoder(encoding).decode(head.subarray(0, 4096)) : null;
  const format = given.format ?? detectFormat(source.name, head, headText);
  return {
    format,
    encoding: format === 'xlsx' ? null : (encoding ?? 'utf-8'),
    ...(given.delimiter !== undefined ? { delimiter: given.delimiter } : format === 'tsv' ? { delimiter: '\t' } : {}),
    ...(given.sheet !== undefined ? { sheet: given.sheet } : {}),
  };
}

/** Called before each chunk is read further; may throw to stop (cancellation). */
export type ChunkHook = (bytesRead: number) => void;

async function* hooked(chunks: AsyncIterable<Uint8Array>, hook: ChunkHook | undefined): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of chunks) {
    hook?.(bytes);
    bytes += chunk.byteLength;
    yield chunk;
  }
  hook?.(bytes);
}

/** Read every row of the source into the sink; resolves with the delimiter or sheet used. */
export async function readRows(
  source: ByteSource,
  plan: ReadPlan,
  sink: RowSink,
  hook?: ChunkHook,
): Promise<{ delimiter?: string; sheet?: string }> {
  const bytes = hooked(source.chunks(), hook);
  if (plan.format === 'xlsx') {
    // loaded on demand: exceljs and its unzipper cost ~20 MB that a CSV import should not pay
    const { readXlsx } = await import('./read-xlsx.js');
    return readXlsx(bytes, sink, plan.sheet);
  }
  const text = decodeChunks(bytes, plan.encoding ?? 'utf-8');
  if (plan.format === 'json') {
    await readJsonArray(text, sink);
    return {};
  }
  if (plan.format === 'jsonl') {
    await readJsonLines(text, sink);
    return {};
  }
  return readDelimited(text, sink, plan.delimiter);
}
