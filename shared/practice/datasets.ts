/** The imported datasets of a workspace: listing them and removing one with its records. */
import type { Db } from '../store/database.js';
import { inTransaction } from '../store/database.js';
import type { ColumnMapping } from './mapping-schema.js';
import type { RowError } from './row-errors.js';

/** One imported practice log. */
export interface DatasetInfo {
  readonly id: string;
  readonly name: string;
  /** csv, tsv, xlsx, json or jsonl. */
  readonly format: string;
  /** The preset used, or null for a hand-made mapping. */
  readonly preset: string | null;
  /** The mapping as applied. */
  readonly mapping: ColumnMapping | null;
  /** Records imported. */
  readonly records: number;
  /** Bad rows skipped (the first 1,000). */
  readonly skipped: readonly RowError[];
  /** Bad rows skipped in all (the list above is capped). */
  readonly skippedTotal: number;
  readonly importedAt: string;
}

interface DatasetRow {
  id: string;
  name: string;
  format: string;
  preset: string | null;
  mapping: string | null;
  row_count: number;
  skipped: string;
  skipped_total: number;
  imported_at: string;
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

/** Every dataset, newest first. */
export function listDatasets(db: Db): DatasetInfo[] {
  const rows = db.prepare('SELECT * FROM datasets ORDER BY imported_at DESC, rowid DESC').all() as DatasetRow[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    format: r.format,
    preset: r.preset,
    mapping: parseJson<ColumnMapping | null>(r.mapping, null),
    records: r.row_count,
    skipped: parseJson<RowError[]>(r.skipped, []),
    skippedTotal: r.skipped_total,
    importedAt: r.imported_at,
  }));
}

/** Remove a dataset and its records in one transaction; false when there is no such dataset. */
export function removeDataset(db: Db, id: string): boolean {
  return inTransaction(db, () => {
    db.prepare('DELETE FROM practice_records WHERE dataset_id = ?').run(id);
    return db.prepare('DELETE FROM datasets WHERE id = ?').run(id).changes > 0;
  });
}

/** How many records were logged by hand in the app. */
export function countManualReports(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM practice_records WHERE manual = 1').get() as { n: number }).n;
}
