/**
 * Opening the SQLite file of an audit workspace.
 *
 * Binding: better-sqlite3 (synchronous, fastest bulk inserts measured here). npm builds it
 * against Node for the CLI, tests and HTTP bridge; the Electron app loads a copy rebuilt for
 * Electron's ABI, passed in as `nativeBinding` (see scripts/electron-native.mjs and the README).
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

export interface OpenOptions {
  /** Create the file when it does not exist (default true). */
  create?: boolean;
  /** Path of a better_sqlite3.node built for the running runtime (Electron). */
  nativeBinding?: string;
  readonly?: boolean;
}

/** The application id written into every workspace, so we never migrate a foreign database. */
export const APPLICATION_ID = 0x50415544; // "PAUD"

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const create = opts.create ?? true;
  if (!create && file !== ':memory:' && !existsSync(file)) {
    throw new WorkspaceError(`workspace not found: ${file}`);
  }
  let db: Db;
  try {
    db = new Database(file, {
      readonly: opts.readonly ?? false,
      fileMustExist: !create,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
  } catch (err) {
    throw new WorkspaceError(`cannot open workspace ${file}: ${(err as Error).message}`);
  }
  try {
    configure(db, file);
    if (!opts.readonly) migrate(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

function configure(db: Db, file: string): void {
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    // FULL: in WAL mode each commit is fsynced, so a review a user saw saved survives a power
    // cut too. Bulk work (imports, runs) commits once, so the cost is one fsync per batch.
    db.pragma('synchronous = FULL');
  } catch (err) {
    throw new WorkspaceError(`${file} is not a Promise Auditor workspace (${(err as Error).message})`);
  }
}

function migrate(db: Db, file: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = (db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type='table'`).get() as { n: number }).n;
  if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
    throw new WorkspaceError(`${file} is not a Promise Auditor workspace (it is another SQLite database)`);
  }
  if (version > MIGRATIONS.length) {
    throw new WorkspaceError(
      `${file} was written by a newer Promise Auditor (schema ${version}, this version knows ${MIGRATIONS.length}); update the app to open it`,
    );
  }
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
}

/** Run `fn` in one IMMEDIATE transaction: all of it lands, or none of it. */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

export function integrityCheck(db: Db): string {
  return String(db.pragma('integrity_check', { simple: true }));
}
