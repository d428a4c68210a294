/**
 * Importing a practice log into the workspace: streamed, one prepared insert per record,
 * and the whole import (dataset row and records) in ONE transaction. A cancel, a failure or
 * a killed process therefore leaves the workspace exactly as it was: SQLite never commits
 * half a transaction.
 *
 * The transaction spans awaits (the file is read chunk by chunk), so it is opened with
 * BEGIN IMMEDIATE on the caller's connection: other writers on that connection must wait for
 * the import (the service layer serialises workspace writes), and other connections get
 * SQLITE_BUSY until it commits.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/database.js';
import { WorkingTimeSchema } from '../domain/settings.js';
import { openByteSource, type PracticeInput } from './byte-source.js';
import { ImportOptionsSchema, type ImportOptions } from './import-options.js';
import { ImportSink } from './import-sink.js';
import type { InputFormat } from './input-format.js';
import type { ColumnMapping } from './mapping-schema.js';
import { planRead, readRows } from './read-rows.js';
import { RecordWriter } from './record-writer.js';
import { resolveMapping } from './resolve-mapping.js';
import { ImportCancelledError, PracticeImportError, type RowError } from './row-errors.js';
import type { TextEncodingName } from './text-encoding.js';
import { compileWorkingTime } from './working-time.js';

/** What an import did. */
export interface ImportResult {
  readonly datasetId: string;
  readonly name: string;
  readonly format: InputFormat;
  /** Null for XLSX. */
  readonly encoding: TextEncodingName | null;
  /** The preset used, or null for a hand-made mapping. */
  readonly preset: string | null;
  /** The mapping as applied (a preset's measures the file had columns for). */
  readonly mapping: ColumnMapping;
  /** Data rows read, good and bad. */
  readonly rowsRead: number;
  /** Records written (a help-desk ticket may yield several). */
  readonly records: number;
  /** Good rows that yielded no record (an unanswered call, an unsolved ticket). */
  readonly rowsWithoutRecords: number;
  /** Bad rows skipped (only with skipBadRows; capped list). */
  readonly skipped: readonly RowError[];
  readonly skippedTotal: number;
}

/**
 * A dataset id: 12 random URL-safe characters (72 bits). Every record repeats it, so a
 * short id keeps a million-row import about 25 MB smaller (table and index) than a UUID.
 */
export function newDatasetId(): string {
  return `ds${randomBytes(9).toString('base64url')}`;
}

/** How many skipped rows are kept in the dataset row. */
const MAX_STORED_SKIPPED = 1000;

/** Bytes per record in a typical log, to guess a file's size in records before reading it. */
const BYTES_PER_RECORD_GUESS = 60;

/**
 * Import a log (file path or bytes). All-or-nothing unless `skipBadRows`: with bad rows it
 * throws a PracticeImportError listing them and writes nothing. Cancelling through
 * `signal` throws an AbortError and writes nothing.
 */
export async function importPractice(db: Db, input: PracticeInput, options: ImportOptions = {}): Promise<ImportResult> {
  const { signal, onProgress, ...rest } = options;
  const opts = ImportOptionsSchema.parse(rest);
  const calendar = compileWorkingTime(WorkingTimeSchema.parse(opts.workingTime ?? {}));
  const source = await openByteSource(input);
  if (signal?.aborted) throw new ImportCancelledError();
  const plan = await planRead(source, opts);
  if (db.inTransaction) throw new Error('cannot import while another write to the workspace is in progress');

  const datasetId = newDatasetId();
  const name = opts.name ?? source.name;
  const writer = new RecordWriter(db, datasetId);
  const sink = new ImportSink(
    (columns) => resolveMapping(columns, { mapping: opts.mapping, preset: opts.preset, dateOrder: opts.dateOrder }, calendar),
    (out) => writer.add(out),
    {
      skipBadRows: opts.skipBadRows,
      maxListedErrors: Math.max(opts.maxListedErrors, opts.skipBadRows ? MAX_STORED_SKIPPED : 0),
      checkShape: plan.format === 'csv' || plan.format === 'tsv',
    },
  );

  db.exec('BEGIN IMMEDIATE');
  try {
    db.prepare(
      `INSERT INTO datasets (id, name, format, preset, mapping, row_count, skipped, imported_at)
       VALUES (?, ?, ?, NULL, NULL, 0, '[]', ?)`,
    ).run(datasetId, name, plan.format, new Date().toISOString());
    if (plan.format !== 'xlsx') writer.dropIndexesForBulk(source.size / BYTES_PER_RECORD_GUESS);
    await readRows(source, plan, sink, (bytesRead) => {
      if (signal?.aborted) throw new ImportCancelledError();
      onProgress?.({
        bytesRead,
        totalBytes: source.size,
        rowsRead: sink.rowsRead,
        records: sink.records,
        badRows: sink.errors.total,
      });
    });
    if (sink.fatal) throw sink.fatal;
    if (!sink.compiled) throw new PracticeImportError('the file is empty: no header row');
    if (sink.errors.total > 0 && !opts.skipBadRows) throw PracticeImportError.badRows(sink.errors);
    if (sink.records === 0 && sink.errors.total > 0) throw PracticeImportError.badRows(sink.errors, true);
    if (sink.records === 0) {
      throw new PracticeImportError(
        sink.rowsRead === 0 ? 'the file has a header but no data rows' : 'no row yielded a record, so nothing was imported',
        sink.errors.items,
        sink.errors.total,
      );
    }
    writer.finish();
    if (signal?.aborted) throw new ImportCancelledError();
    const skipped = sink.errors.items.slice(0, MAX_STORED_SKIPPED);
    db.prepare('UPDATE datasets SET preset = ?, mapping = ?, row_count = ?, skipped = ?, skipped_total = ? WHERE id = ?').run(
      sink.preset,
      JSON.stringify(sink.compiled.mapping),
      sink.records,
      JSON.stringify(skipped),
      sink.errors.total,
      datasetId,
    );
    db.exec('COMMIT');
    return {
      datasetId,
      name,
      format: plan.format,
      encoding: plan.encoding,
      preset: sink.preset,
      mapping: sink.compiled.mapping,
      rowsRead: sink.rowsRead,
      records: sink.records,
      rowsWithoutRecords: sink.rowsWithoutRecords,
      skipped: sink.errors.items.slice(0, opts.maxListedErrors),
      skippedTotal: sink.errors.total,
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
