/**
 * The crawl frontier of one run kept in the audit workspace (`crawl_urls`), with the pages'
 * documents in `sources`/`passages`. Each batch is one IMMEDIATE transaction: a page's
 * document and its "done" mark (and the links found on it) land together or not at all, so a
 * crawl killed at any moment resumes without refetching a finished page or losing a link.
 */
import type { Db } from '../../store/database.js';
import { inTransaction } from '../../store/database.js';
import { saveReadDocument } from '../../store/sources-repo.js';
import type { FrontierBatch, FrontierEntry, FrontierSnapshot, FrontierStore } from './frontier-store.js';

interface Row {
  url: string;
  depth: number;
  state: FrontierEntry['state'];
  reason: string | null;
  via: FrontierEntry['via'];
}

/** The frontier of run `runId` in workspace `db` (the run's row must exist). */
export class SqliteFrontierStore implements FrontierStore {
  private readonly insert;
  private readonly upsert;

  constructor(
    private readonly db: Db,
    private readonly runId: string,
  ) {
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO crawl_urls (run_id, url, depth, state, reason, via, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.upsert = db.prepare(
      `INSERT INTO crawl_urls (run_id, url, depth, state, reason, via, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (run_id, url) DO UPDATE SET state = excluded.state, reason = excluded.reason, updated_at = excluded.updated_at`,
    );
  }

  load(): FrontierSnapshot {
    const entries = this.db
      .prepare('SELECT url, depth, state, reason, via FROM crawl_urls WHERE run_id = ? ORDER BY rowid')
      .all(this.runId) as Row[];
    const hashes = this.db.prepare('SELECT content_hash, uri FROM sources WHERE run_id = ?').all(this.runId) as {
      content_hash: string;
      uri: string;
    }[];
    return { entries, contentHashes: new Map(hashes.map((h) => [h.content_hash, h.uri])) };
  }

  commit(batch: FrontierBatch): void {
    if (batch.added.length === 0 && batch.settled.length === 0) return;
    const now = new Date().toISOString();
    inTransaction(this.db, () => {
      for (const e of batch.added) this.insert.run(this.runId, e.url, e.depth, e.state, e.reason, e.via, now);
      for (const s of batch.settled) {
        if (s.doc) saveReadDocument(this.db, this.runId, s.doc);
        this.upsert.run(this.runId, s.url, s.depth, s.state, s.reason, s.via, now);
      }
    });
  }
}
