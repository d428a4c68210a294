import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describeStorageError } from '../../shared/store/storage-errors.js';
import { toApiError } from '../../shared/contract/dispatch.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The error a real SQLite operation throws. */
function thrownBy(fn: () => void): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected the operation to throw');
}

describe('storage errors in words a user can act on', () => {
  it.each([
    ['SQLITE_FULL', /disk holding the workspace is full.*rolled back.*Free some space/],
    ['SQLITE_IOERR_WRITE', /could not be read or written \(SQLITE_IOERR_WRITE\)/],
    ['SQLITE_READONLY_DBMOVED', /read-only/],
    ['SQLITE_BUSY', /busy.*another/],
    ['SQLITE_NOTADB', /damaged or is not a Promise Auditor workspace/],
    ['SQLITE_CORRUPT', /damaged/],
    ['SQLITE_CANTOPEN', /cannot be opened/],
  ])('%s', (code, expected) => {
    const err = Object.assign(new Error('raw sqlite message'), { code });
    expect(describeStorageError(err)).toMatch(expected);
    const api = toApiError(err);
    expect(api.code).toBe('unavailable');
    expect(api.message).toMatch(expected);
  });

  it.each([[new Error('plain')], [null], ['text'], [Object.assign(new Error('x'), { code: 'ENOENT' })], [Object.assign(new Error('x'), { code: 'SQLITE_CONSTRAINT_UNIQUE' })]])(
    'leaves other errors alone: %s',
    (err) => {
      expect(describeStorageError(err)).toBeNull();
    },
  );

  it('recognises what SQLite really throws writing to a read-only workspace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-storage-'));
    dirs.push(dir);
    const file = join(dir, 'w.paudit');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const ro = new Database(file, { readonly: true });
    const err = thrownBy(() => ro.exec('INSERT INTO t VALUES (1)'));
    ro.close();
    expect(describeStorageError(err)).toMatch(/read-only \(SQLITE_READONLY/);
  });

  it('recognises what SQLite really throws opening a file that is not a database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-storage-'));
    dirs.push(dir);
    const file = join(dir, 'not-a-db.paudit');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'This is a text file, not SQLite. '.repeat(200));
    const err = thrownBy(() => new Database(file).pragma('user_version'));
    expect(describeStorageError(err)).toMatch(/not a Promise Auditor workspace \(SQLITE_NOTADB\)/);
  });
});
