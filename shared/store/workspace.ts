/**
 * An audit workspace: one SQLite file holding an audit's settings, inputs, runs, results and
 * review trail. Save it, reopen it, hand it to a colleague.
 */
import { basename, extname } from 'node:path';
import { openDatabase, type Db, type OpenOptions } from './database.js';
import { markStaleRunsInterrupted } from './runs-repo.js';
import { getMeta } from './settings-repo.js';

/** The extension the app gives workspace files. */
export const WORKSPACE_EXTENSION = '.paudit';

export class Workspace {
  readonly db: Db;
  readonly path: string;

  private constructor(db: Db, path: string) {
    this.db = db;
    this.path = path;
  }

  /** Opens (and migrates) a workspace; `create: false` refuses a missing file. */
  static open(path: string, opts: OpenOptions = {}): Workspace {
    const db = openDatabase(path, opts);
    const ws = new Workspace(db, path);
    // A run still 'running' in the file belongs to a process that is gone.
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
    if (this.db.open) this.db.close();
  }
}
