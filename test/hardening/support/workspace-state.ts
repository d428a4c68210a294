/**
 * What a workspace holds, in the terms the durability tests judge it by: SQLite's own
 * integrity check, each dataset with the records it declares and the records it has, records
 * that belong to no dataset, and the indexes (an import drops and rebuilds them).
 */
import type { Db } from '../../../shared/store/database.js';
import { integrityCheck } from '../../../shared/store/database.js';

/** One dataset as declared and as present. */
export interface DatasetState {
  readonly id: string;
  readonly declared: number;
  readonly present: number;
}

/** A workspace's state. */
export interface WorkspaceState {
  readonly integrity: string;
  readonly datasets: readonly DatasetState[];
  /** Records whose dataset does not exist: rows of an import that never committed. */
  readonly orphans: number;
  readonly records: number;
  readonly indexes: readonly string[];
}

/** Reads the state of the workspace open on `db`. */
export function workspaceState(db: Db): WorkspaceState {
  const datasets = db
    .prepare(
      `SELECT d.id AS id, d.row_count AS declared, (SELECT count(*) FROM practice_records r WHERE r.dataset_id = d.id) AS present
       FROM datasets d ORDER BY d.id`,
    )
    .all() as DatasetState[];
  const orphans = (
    db.prepare('SELECT count(*) AS n FROM practice_records r WHERE r.dataset_id IS NOT NULL AND r.dataset_id NOT IN (SELECT id FROM datasets)').get() as { n: number }
  ).n;
  const records = (db.prepare('SELECT count(*) AS n FROM practice_records').get() as { n: number }).n;
  const indexes = (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'practice_records' AND sql IS NOT NULL ORDER BY name`).all() as { name: string }[]
  ).map((r) => r.name);
  return { integrity: integrityCheck(db), datasets, orphans, records, indexes };
}

/** Problems that show a partial import: datasets missing records, records without a dataset. */
export function partialRows(state: WorkspaceState): string[] {
  const problems = state.datasets.filter((d) => d.declared !== d.present).map((d) => `dataset ${d.id} declares ${d.declared} records and has ${d.present}`);
  if (state.orphans > 0) problems.push(`${state.orphans} records belong to no dataset`);
  return problems;
}
