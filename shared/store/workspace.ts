/**
 * An audit workspace: one SQLite file holding an audit's settings, inputs, runs, results and
 * review trail. Save it, reopen it, hand it to a colleague.
 */
import { basename, extname } from 'node:path';
import { openDatabase, type Db, type OpenOptions } from './database.js';
import { markStaleRunsInterrupted } from './runs-repo.js';
import { getMeta } from './settings-repo.js';
import { acquireWorkspaceLock, releaseWorkspaceLock } from './workspace-lock.js';

/** The extension the app gives workspace files. */
export const WORKSPACE_EXTENSION = '.paudit';

export class Workspace {
  readonly db: Db;
  readonly path: string;

  private readonly locked: boolean;

  private constructor(db: Db, path: string, locked: boolean) {
    this.db = db;
    this.path = path;
    this.locked = locked;
  }

  /** Opens (and migrates) a workspace; `create: false` refuses a missing file. */
  static open(path: string, opts: OpenOptions = {}): Workspace {
    if (!opts.readonly) acquireWorkspaceLock(path);
    let db: Db;
    try {
      db = openDatabase(path, opts);
    } catch (err) {
      if (!opts.readonly) releaseWorkspaceLock(path);
      throw err;
    }
    const ws = new Workspace(db, path, !opts.readonly);
    // A run still 'running' in the file belongs to a process that is gone: we hold the lock.
    if (!opts.readonly) markStaleRunsInterrupted(db);
    return ws;
  }

  get name(): string {
    return basename(this.path, extname(this.path));
  }

  get isSample(): boolean {
    return getMeta(this.db, 'sample') === 'true';
  }

  close(): void {
    if (!this.db.open) return;
    this.db.close();
    if (this.locked) releaseWorkspaceLock(this.path);
  }
}
