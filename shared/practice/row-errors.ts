/** Bad rows: what is reported for each, a capped list with a total, and the import's errors. */

/** One bad row: where it is and what is wrong with it. */
export interface RowError {
  /** 1-based line (sheet row for XLSX) the row starts on. */
  readonly line: number;
  /** The column at fault, as named in the header, or null for the row as a whole. */
  readonly column: string | null;
  readonly reason: string;
}

/** Collects bad rows, keeping the first `cap` and counting them all. */
export class RowErrorList {
  readonly items: RowError[] = [];
  total = 0;

  constructor(readonly cap: number) {}

  add(error: RowError): void {
    this.total++;
    if (this.items.length < this.cap) this.items.push(error);
  }
}

/** One bad row as a person reads it: `line 12, column "value": not a number: "abc"`. */
export function describeRowError(e: RowError): string {
  return `line ${e.line}${e.column !== null ? `, column "${e.column}"` : ''}: ${e.reason}`;
}

/** An import that wrote nothing: bad rows (listed, capped, with their total), or no rows at all. */
export class PracticeImportError extends Error {
  constructor(
    message: string,
    /** The first bad rows (capped). */
    readonly errors: readonly RowError[] = [],
    /** How many rows were bad in all. */
    readonly total: number = errors.length,
  ) {
    super(message);
    this.name = 'PracticeImportError';
  }

  /** The error for a file with bad rows, listing the first few in its message. */
  static badRows(list: RowErrorList, skipping = false): PracticeImportError {
    const shown = list.items.slice(0, 5).map(describeRowError).join('; ');
    const more = list.total > 5 ? `; and ${list.total - 5} more` : '';
    const advice = skipping ? 'and no good row was left' : 'use "skip bad rows" to import the rest';
    return new PracticeImportError(
      `${list.total} bad row${list.total === 1 ? '' : 's'}, nothing imported (${advice}): ${shown}${more}`,
      list.items,
      list.total,
    );
  }
}

/** The import was cancelled through its AbortSignal; nothing was written. */
export class ImportCancelledError extends Error {
  constructor() {
    super('the import was cancelled; nothing was imported');
    this.name = 'AbortError';
  }
}
