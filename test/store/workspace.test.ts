import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Workspace } from '../../shared/store/workspace.js';
import { integrityCheck, WorkspaceError } from '../../shared/store/database.js';
import { MIGRATIONS } from '../../shared/store/migrations.js';
import { createRun, getRun, listRuns, updateRun } from '../../shared/store/runs-repo.js';
import { getSettings, putSettings } from '../../shared/store/settings-repo.js';
import { appendReviews, latestReviews, reviewHistory } from '../../shared/store/reviews-repo.js';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'pa-ws-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('workspace file', () => {
  it('is created with the current schema, in WAL mode, and reopens with its data', () => {
    const path = join(tmp(), 'a.paudit');
    const ws = Workspace.open(path);
    expect(ws.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    const s = getSettings(ws.db);
    putSettings(ws.db, { ...s, company: 'Acme' });
    createRun(ws.db, s);
    ws.close();
    const again = Workspace.open(path, { create: false });
    expect(getSettings(again.db).company).toBe('Acme');
    expect(listRuns(again.db)).toHaveLength(1);
    expect(integrityCheck(again.db)).toBe('ok');
    again.close();
  });

  it('refuses a missing file when asked not to create one', () => {
    expect(() => Workspace.open(join(tmp(), 'missing.paudit'), { create: false })).toThrow(/not found/);
  });

  it('refuses a SQLite file that is not a workspace, and leaves it untouched', () => {
    const path = join(tmp(), 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(() => Workspace.open(path)).toThrow(WorkspaceError);
    const check = new Database(path);
    expect(check.prepare(`SELECT name FROM sqlite_master`).all()).toEqual([{ name: 't' }]);
    check.close();
  });

  it('refuses a file that is not SQLite at all, with its name in the message', () => {
    const path = join(tmp(), 'notes.paudit');
    writeFileSync(path, 'just some text, not a database'.repeat(100));
    expect(() => Workspace.open(path)).toThrow(/notes\.paudit/);
  });

  it('refuses a workspace written by a newer version', () => {
    const path = join(tmp(), 'new.paudit');
    Workspace.open(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => Workspace.open(path)).toThrow(/newer Promise Auditor/);
  });

  it('marks a run left running by a dead process as interrupted', () => {
    const path = join(tmp(), 'r.paudit');
    const ws = Workspace.open(path);
    const run = createRun(ws.db, getSettings(ws.db));
    ws.close();
    const again = Workspace.open(path);
    expect(getRun(again.db, run.id)?.status).toBe('interrupted');
    updateRun(again.db, run.id, { status: 'done', finished: true });
    expect(getRun(again.db, run.id)?.finishedAt).not.toBeNull();
    again.close();
  });
});

describe('review trail', () => {
  it('is append-only: the latest decision counts and history keeps every one', () => {
    const ws = Workspace.open(join(tmp(), 'rv.paudit'));
    appendReviews(ws.db, ['practice:a', 'practice:b'], { status: 'accepted', reason: null, note: null, reviewer: 'Ann' });
    appendReviews(ws.db, ['practice:a'], { status: 'dismissed', reason: 'seasonal', note: 'ok', reviewer: 'Bo' });
    expect(latestReviews(ws.db).get('practice:a')?.status).toBe('dismissed');
    expect(latestReviews(ws.db).get('practice:b')?.status).toBe('accepted');
    expect(reviewHistory(ws.db, 'practice:a').map((r) => r.status)).toEqual(['accepted', 'dismissed']);
    expect(() => ws.db.prepare(`UPDATE reviews SET status = 'open'`).run()).toThrow(/append-only/);
    expect(() => ws.db.prepare(`DELETE FROM reviews`).run()).toThrow(/append-only/);
    ws.close();
  });
});
