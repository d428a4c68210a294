/**
 * Previewing a log before import: its columns, its first rows, what each column looks like,
 * the preset or mapping we suggest (Zendesk and Freshdesk exports are recognised by their
 * headers), and the records and per-row errors those rows would give. Reads only the start
 * of the file and writes nothing.
 */
import { WorkingTimeSchema } from '../domain/settings.js';
import type { ClaimCategory, PracticeUnit } from '../domain/vocabulary.js';
import { openByteSource, type PracticeInput } from './byte-source.js';
import { cellText, isEmptyCell, parseClockSeconds, parseDecimal, parseOutcome, type Cell } from './cell-values.js';
import { ReadOptionsSchema, type ReadOptions } from './import-options.js';
import type { InputFormat } from './input-format.js';
import type { ColumnMapping } from './mapping-schema.js';
import { planRead, readRows } from './read-rows.js';
import { resolveMapping } from './resolve-mapping.js';
import type { RowError } from './row-errors.js';
import { newRowRecords } from './row-records.js';
import { shapeProblem } from './import-sink.js';
import type { RowSink } from './row-sink.js';
import type { TextEncodingName } from './text-encoding.js';
import { lastTimestamp, parseTimestamp, type DateOrder } from './timestamp.js';
import { compileWorkingTime } from './working-time.js';

/** What a column's preview values look like. */
export type ColumnKind = 'timestamp' | 'number' | 'duration' | 'outcome' | 'text' | 'empty';

/** A record one preview row would give. */
export interface PreviewRecord {
  readonly line: number;
  readonly occurredAt: string;
  readonly metric: ClaimCategory;
  readonly value: number;
  readonly unit: PracticeUnit;
  readonly channel: string | null;
  readonly team: string | null;
  readonly reportedBy: string | null;
  readonly note: string | null;
}

export interface PracticePreview {
  readonly format: InputFormat;
  readonly encoding: TextEncodingName | null;
  readonly delimiter: string | null;
  readonly sheet: string | null;
  readonly columns: readonly string[];
  /** The first rows, as text, and the line each starts on. */
  readonly rows: readonly (readonly string[])[];
  readonly lines: readonly number[];
  readonly columnKinds: readonly ColumnKind[];
  /** The preset that fits (or was chosen), the mapping applied, and the date order the values show. */
  readonly suggestion: {
    readonly preset: string | null;
    readonly mapping: ColumnMapping | null;
    readonly dateOrder: DateOrder | null;
  };
  /** Why no mapping applies (no preset fits, a mapped column is missing), or null. */
  readonly mappingError: string | null;
  readonly records: readonly PreviewRecord[];
  /** Problems of the preview rows under the mapping. */
  readonly errors: readonly RowError[];
}

/** How many rows a preview shows. */
export const PREVIEW_ROWS = 20;

class PreviewSink implements RowSink {
  columns: string[] = [];
  readonly rows: Cell[][] = [];
  readonly lines: number[] = [];
  readonly unreadable: RowError[] = [];

  constructor(private readonly limit: number) {}

  header(columns: readonly string[]): boolean {
    this.columns = [...columns];
    return true;
  }

  row(cells: readonly Cell[], line: number): boolean {
    this.rows.push([...cells]);
    this.lines.push(line);
    return this.rows.length + this.unreadable.length < this.limit;
  }

  bad(line: number, reason: string): void {
    this.unreadable.push({ line, column: null, reason });
  }
}

const isNumber = (n: number) => !Number.isNaN(n);

/** A date cell, or text that is a date (an ambiguous day/month one counts). */
function looksLikeTimestamp(v: Cell): boolean {
  if (v instanceof Date) return true;
  if (typeof v !== 'string') return false;
  return isNumber(parseTimestamp(v, 'auto')) || lastTimestamp.problem === 'ambiguous';
}

function kindOf(values: readonly Cell[]): ColumnKind {
  const present = values.filter((v) => !isEmptyCell(v));
  if (present.length === 0) return 'empty';
  const all = (test: (v: Cell) => boolean) => present.every(test);
  const isOutcome = (v: Cell) => isNumber(parseOutcome(v));
  if (all(looksLikeTimestamp)) return 'timestamp';
  if (all((v) => typeof v === 'number' || (typeof v === 'string' && isNumber(parseDecimal(v))))) {
    return all(isOutcome) ? 'outcome' : 'number';
  }
  if (all((v) => typeof v === 'string' && isNumber(parseClockSeconds(v)))) return 'duration';
  if (all(isOutcome)) return 'outcome';
  return 'text';
}

/** The date order slash-dates in these rows prove ("25/03/2024" is day first), or null. */
export function suggestDateOrder(rows: readonly (readonly Cell[])[]): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const row of rows) {
    for (const cell of row) {
      if (typeof cell !== 'string') continue;
      const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b/.exec(cell);
      if (!m) continue;
      if (Number(m[1]) > 12) dayFirst = true;
      if (Number(m[2]) > 12) monthFirst = true;
    }
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? 'dmy' : 'mdy';
}

/** Preview the start of a log (path or bytes) under the given or suggested mapping. */
export async function previewPractice(input: PracticeInput, options: ReadOptions = {}): Promise<PracticePreview> {
  const opts = ReadOptionsSchema.parse(options);
  const calendar = compileWorkingTime(WorkingTimeSchema.parse(opts.workingTime ?? {}));
  const source = await openByteSource(input);
  const plan = await planRead(source, opts, false);
  const sink = new PreviewSink(PREVIEW_ROWS);
  const read = await readRows(source, plan, sink);

  const dateOrder = opts.dateOrder ?? suggestDateOrder(sink.rows);
  const errors: RowError[] = [...sink.unreadable];
  const records: PreviewRecord[] = [];
  let preset: string | null = null;
  let mapping: ColumnMapping | null = null;
  let mappingError: string | null = null;
  try {
    const resolved = resolveMapping(
      sink.columns,
      { mapping: opts.mapping, preset: opts.preset, ...(dateOrder ? { dateOrder } : {}) },
      calendar,
    );
    preset = resolved.preset;
    mapping = resolved.compiled.mapping;
    const out = newRowRecords();
    const delimited = plan.format === 'csv' || plan.format === 'tsv';
    sink.rows.forEach((cells, i) => {
      const line = sink.lines[i]!;
      const shape = delimited ? shapeProblem(cells, sink.columns.length) : null;
      if (shape) {
        errors.push({ line, column: null, reason: shape });
        return;
      }
      if (!resolved.compiled.convert(cells, out)) {
        errors.push({ line, column: out.errorColumn, reason: out.errorReason });
        return;
      }
      for (let k = 0; k < out.count; k++) {
        records.push({
          line,
          occurredAt: out.occurredAt,
          metric: out.metrics[k]!,
          value: out.values[k]!,
          unit: out.units[k]!,
          channel: out.channel,
          team: out.team,
          reportedBy: out.reportedBy,
          note: out.note,
        });
      }
    });
  } catch (err) {
    mappingError = (err as Error).message;
  }
  errors.sort((a, b) => a.line - b.line);
  return {
    format: plan.format,
    encoding: plan.encoding,
    delimiter: read.delimiter ?? null,
    sheet: read.sheet ?? null,
    columns: sink.columns,
    rows: sink.rows.map((r) => r.map(cellText)),
    lines: sink.lines,
    columnKinds: sink.columns.map((_, i) => kindOf(sink.rows.map((r) => r[i]))),
    suggestion: { preset, mapping, dateOrder },
    mappingError,
    records,
    errors,
  };
}
