import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runImportChild } from '../../shared/practice/bench-import.js';
import { writeCanonicalLog } from '../../shared/practice/generate-practice-log.js';
import { importPractice } from '../../shared/practice/import-practice.js';
import { ImportCancelledError } from '../../shared/practice/row-errors.js';
import { integrityCheck, openDatabase, type Db } from '../../shared/store/database.js';
import { count, fixture, records, tempDir } from './workspace.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

function indexes(db: Db): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'practice_records' AND sql IS NOT NULL ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
}

/** A workspace file holding one committed import, and a snapshot of it. */
async function workspaceWithOneImport(name: string) {
  const file = join(tmp.dir, name);
  const db = openDatabase(file);
  await importPractice(db, fixture('canonical-utf8.csv'));
  const before = { records: records(db), datasets: count(db, 'datasets'), indexes: indexes(db) };
  return { file, db, before };
}

describe('an import is one transaction', () => {
  it('cancelled through its AbortSignal, it leaves the workspace exactly as it was', async () => {
    const big = join(tmp.dir, 'cancel.csv');
    await writeCanonicalLog(big, 60_000);
    const { db, before } = await workspaceWithOneImport('cancel.sqlite');
    const controller = new AbortController();
    let progressed = 0;
    const run = importPractice(db, big, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.records > 0 && ++progressed === 3) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelledError);
    expect(progressed).toBeGreaterThanOrEqual(3);
    expect(db.inTransaction).toBe(false);
    expect({ records: records(db), datasets: count(db, 'datasets'), indexes: indexes(db) }).toEqual(before);
    expect(integrityCheck(db)).toBe('ok');
    db.close();
  });

  it('failing on a bad row near the end, it writes none of the good rows before it', async () => {
    const { db, before } = await workspaceWithOneImport('fail.sqlite');
    const rows = ['occurred_at,metric,value,unit'];
    for (let i = 0; i < 20_000; i++) rows.push(`2024-03-04T09:00:00Z,phone-answer,${i % 90},seconds`);
    rows.push('2024-03-04T09:00:00Z,phone-answer,soon,seconds');
    await expect(importPractice(db, { bytes: Buffer.from(rows.join('\n')), name: 'late-error.csv' })).rejects.toThrow(/line 20002/);
    expect({ records: records(db), datasets: count(db, 'datasets'), indexes: indexes(db) }).toEqual(before);
    db.close();
  });

  it('killed with SIGKILL inside the transaction, it leaves an intact workspace with no partial rows', async () => {
    const big = join(tmp.dir, 'kill.csv');
    await writeCanonicalLog(big, 120_000); // ~10 MB: big enough that the importer drops and rebuilds indexes
    const { file, db, before } = await workspaceWithOneImport('kill.sqlite');
    db.close();

    let held = -1;
    let lockedOut = false;
    const run = await runImportChild(['hold', file, big, String(4 * 1024 * 1024)], (line, child) => {
      const m = /^IN-TRANSACTION (\d+)/.exec(line);
      if (!m) return;
      held = Number(m[1]);
      // prove the child holds the write transaction: another writer cannot start one
      const probe = openDatabase(file);
      probe.pragma('busy_timeout = 0');
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
      } catch (err) {
        lockedOut = /locked|busy/i.test((err as Error).message);
      }
      probe.close();
      child.kill('SIGKILL');
    });
    expect(run.signal).toBe('SIGKILL');
    expect(held).toBeGreaterThan(40_000); // records written inside the open transaction
    expect(lockedOut).toBe(true);

    const after = openDatabase(file);
    expect(integrityCheck(after)).toBe('ok');
    expect({ records: records(after), datasets: count(after, 'datasets'), indexes: indexes(after) }).toEqual(before);
    after.close();
  });
});
