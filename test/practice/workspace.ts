/** Workspaces and fixture paths for the practice tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Db } from '../../shared/store/database.js';

/** A fixture file of test/fixtures/practice. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/practice/${name}`, import.meta.url));
}

/** A fresh in-memory workspace. */
export function memoryWorkspace(): Db {
  return openDatabase(':memory:');
}

/** A temporary directory removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'practice-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Records of a workspace as plain rows, in insertion order. */
export function records(db: Db): Record<string, unknown>[] {
  return db
    .prepare('SELECT dataset_id, occurred_at, metric, value, unit, channel, team, reported_by, note, manual FROM practice_records ORDER BY id')
    .all() as Record<string, unknown>[];
}

export function count(db: Db, table: 'practice_records' | 'datasets'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
