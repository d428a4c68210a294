/**
 * What every reader (delimited text, XLSX, JSON) hands its rows to. Push-style and
 * synchronous per row, so a million rows cost a function call each, not a promise each.
 */
import type { Cell } from './cell-values.js';

export interface RowSink {
  /** The header row, once, before any data row. Return false to stop reading. */
  header(columns: readonly string[]): boolean;
  /** One data row and the 1-based line (or sheet row) it starts on. Return false to stop reading. */
  row(cells: readonly Cell[], line: number): boolean;
  /** A row that could not be read at all (an unclosed quote, broken JSON). */
  bad(line: number, reason: string): void;
}

/*
 * A sink never throws: it keeps its own error and returns false, so a reader never mistakes
 * the sink's problem for a broken file.
 */

/** Thrown by readers for a file that cannot be read at all. */
export class UnreadableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
