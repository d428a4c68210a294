/**
 * Reading a JSON array of objects or JSON Lines into rows, streaming: array elements are cut
 * out of the text by a small scanner (depth, strings, escapes) and parsed one at a time.
 * The header is the union of the keys of the first objects; values are read with
 * `Object.hasOwn`, so a key such as "constructor" never reaches a prototype.
 */
import type { Cell } from './cell-values.js';
import { UnreadableFileError, type RowSink } from './row-sink.js';

/** The largest single JSON object accepted, in characters. */
export const MAX_OBJECT_CHARS = 1024 * 1024;
/** How many leading objects decide the columns. */
const HEADER_SAMPLE = 50;

function jsonCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  const text = JSON.stringify(v);
  return text.length > 2000 ? text.slice(0, 2000) : text;
}

/** Turns parsed objects into header + rows. */
class ObjectRows {
  private columns: string[] | null = null;
  private pending: { obj: Record<string, unknown>; line: number }[] = [];
  private stopped = false;

  constructor(private readonly sink: RowSink) {}

  get done(): boolean {
    return this.stopped;
  }

  add(value: unknown, line: number): void {
    if (this.stopped) return;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.sink.bad(line, 'is not a JSON object');
      return;
    }
    const obj = value as Record<string, unknown>;
    if (this.columns) this.emit(obj, line);
    else {
      this.pending.push({ obj, line });
      if (this.pending.length >= HEADER_SAMPLE) this.flush();
    }
  }

  flush(): void {
    if (this.columns) return;
    const seen = new Set<string>();
    for (const { obj } of this.pending) for (const k of Object.keys(obj)) seen.add(k);
    this.columns = [...seen];
    if (!this.sink.header(this.columns)) this.stopped = true;
    const pending = this.pending;
    this.pending = [];
    for (const { obj, line } of pending) if (!this.stopped) this.emit(obj, line);
  }

  private emit(obj: Record<string, unknown>, line: number): void {
    const cols = this.columns!;
    const cells = new Array<Cell>(cols.length);
    for (let i = 0; i < cols.length; i++) {
      const k = cols[i]!;
      cells[i] = Object.hasOwn(obj, k) ? jsonCell(obj[k]) : null;
    }
    if (!this.sink.row(cells, line)) this.stopped = true;
  }
}

function parseOrReport(text: string, line: number, rows: ObjectRows, sink: RowSink): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    sink.bad(line, `invalid JSON (${(err as Error).message})`);
    return;
  }
  rows.add(value, line);
}

/** Read JSON Lines: one object per line; blank lines are ignored. */
export async function readJsonLines(text: AsyncIterable<string>, sink: RowSink): Promise<void> {
  const rows = new ObjectRows(sink);
  let rest = '';
  let line = 1;
  for await (const chunk of text) {
    const buf = rest + chunk;
    let start = 0;
    for (let nl = buf.indexOf('\n'); nl !== -1; nl = buf.indexOf('\n', start)) {
      const item = buf.slice(start, nl).trim();
      if (item.length) parseOrReport(item.replace(/^\uFEFF/, ''), line, rows, sink);
      line++;
      start = nl + 1;
      if (rows.done) return;
    }
    rest = buf.slice(start);
    if (rest.length > MAX_OBJECT_CHARS) throw new UnreadableFileError(`line ${line} is longer than 1 MB`);
  }
  const last = rest.trim();
  if (last.length) parseOrReport(last.replace(/^\uFEFF/, ''), line, rows, sink);
  rows.flush();
}

/** Read a JSON array of objects, one element at a time. */
export async function readJsonArray(text: AsyncIterable<string>, sink: RowSink): Promise<void> {
  const rows = new ObjectRows(sink);
  let line = 1;
  let opened = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let element = ''; // text of the element so far, from earlier chunks
  let elementLine = 0;
  for await (const chunk of text) {
    let start = depth > 0 ? 0 : -1;
    for (let i = 0; i < chunk.length && !closed; i++) {
      const c = chunk.charCodeAt(i);
      if (c === 10) line++;
      if (depth > 0) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) inString = false;
        } else if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) {
          depth--;
          if (depth === 0) {
            parseOrReport(element + chunk.slice(start, i + 1), elementLine, rows, sink);
            element = '';
            start = -1;
            if (rows.done) return;
          }
        }
        continue;
      }
      if (c === 32 || c === 9 || c === 13 || c === 10 || c === 0xfeff) continue;
      if (!opened) {
        if (c !== 91) throw new UnreadableFileError('a JSON log must be an array of objects ([{...}, ...])');
        opened = true;
      } else if (c === 44) continue;
      else if (c === 93) closed = true;
      else if (c === 123) {
        depth = 1;
        start = i;
        elementLine = line;
      } else {
        throw new UnreadableFileError(`line ${line}: an element of the JSON array is not an object`);
      }
    }
    if (depth > 0) {
      element += chunk.slice(start);
      if (element.length > MAX_OBJECT_CHARS) {
        throw new UnreadableFileError(`line ${elementLine}: a JSON object longer than 1 MB`);
      }
    }
    if (closed) break;
  }
  if (depth > 0 || !opened || !closed) {
    throw new UnreadableFileError(depth > 0 ? `line ${elementLine}: the JSON object is never closed` : 'the JSON array is never closed');
  }
  rows.flush();
}
