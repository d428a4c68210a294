/**
 * The row sink of an import: binds the mapping when the header arrives, checks each row's
 * shape, converts it, and hands its records to `write` — until the first bad row when the
 * import is all-or-nothing (the rest are still checked, so every bad row gets reported).
 */
import { isEmptyCell, type Cell } from './cell-values.js';
import type { CompiledMapping } from './compile-mapping.js';
import { RowErrorList } from './row-errors.js';
import { newRowRecords, type RowRecords } from './row-records.js';
import type { RowSink } from './row-sink.js';

export type RecordWriter = (out: RowRecords) => void;

/**
 * What is wrong with the shape of a delimited row, or null: fewer fields than the header, or
 * extra fields that are not empty (a trailing delimiter is tolerated).
 */
export function shapeProblem(cells: readonly Cell[], width: number): string | null {
  if (cells.length === width) return null;
  const ragged = `${cells.length} fields where the header has ${width} (a ragged row)`;
  if (cells.length < width) return ragged;
  for (let i = width; i < cells.length; i++) if (!isEmptyCell(cells[i])) return ragged;
  return null;
}

export class ImportSink implements RowSink {
  compiled: CompiledMapping | null = null;
  preset: string | null = null;
  /** A problem that stops the import as a whole (the mapping does not fit). */
  fatal: Error | null = null;
  rowsRead = 0;
  records = 0;
  rowsWithoutRecords = 0;
  readonly errors: RowErrorList;
  private width = 0;
  /** Rows looked at, good or bad (for a preview's limit). */
  private seen = 0;
  private readonly out = newRowRecords();

  constructor(
    private readonly bind: (columns: readonly string[]) => { compiled: CompiledMapping; preset: string | null },
    private readonly write: RecordWriter,
    private readonly opts: { skipBadRows: boolean; maxListedErrors: number; checkShape: boolean; stopAfterRows?: number },
  ) {
    this.errors = new RowErrorList(opts.maxListedErrors);
  }

  header(columns: readonly string[]): boolean {
    try {
      const { compiled, preset } = this.bind(columns);
      this.compiled = compiled;
      this.preset = preset;
      this.width = columns.length;
      return true;
    } catch (err) {
      this.fatal = err as Error;
      return false;
    }
  }

  /** True when every cell is empty (a line of bare delimiters). */
  private static blank(cells: readonly Cell[]): boolean {
    for (let i = 0; i < cells.length; i++) if (!isEmptyCell(cells[i])) return false;
    return true;
  }


  row(cells: readonly Cell[], line: number): boolean {
    const compiled = this.compiled;
    if (!compiled) return false;
    if (isEmptyCell(cells[0]) && ImportSink.blank(cells)) return true;
    this.rowsRead++;
    this.seen++;
    if (this.opts.checkShape && cells.length !== this.width) {
      const problem = shapeProblem(cells, this.width);
      if (problem) {
        this.errors.add({ line, column: null, reason: problem });
        return this.more();
      }
    }
    const out = this.out;
    if (!compiled.convert(cells, out)) {
      this.errors.add({ line, column: out.errorColumn, reason: out.errorReason });
      return this.more();
    }
    if (out.count === 0) this.rowsWithoutRecords++;
    else if (this.errors.total === 0 || this.opts.skipBadRows) {
      this.records += out.count;
      this.write(out);
    }
    return this.more();
  }

  private more(): boolean {
    return this.opts.stopAfterRows === undefined || this.seen < this.opts.stopAfterRows;
  }

  bad(line: number, reason: string): void {
    this.seen++;
    this.errors.add({ line, column: null, reason });
  }
}
