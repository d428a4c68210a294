/**
 * Review decisions: an append-only trail (the table refuses UPDATE and DELETE). The latest
 * decision on a finding key is its status; keys are stable across runs, so decisions carry over.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { Review, ReviewStatus } from '../domain/types.js';

interface ReviewRow {
  id: string;
  finding_key: string;
  status: ReviewStatus;
  reason: string | null;
  note: string | null;
  reviewer: string;
  at: string;
}

const toReview = (r: ReviewRow): Review => ({
  id: r.id,
  findingKey: r.finding_key,
  status: r.status,
  reason: r.reason,
  note: r.note,
  reviewer: r.reviewer,
  at: r.at,
});

export interface Decision {
  readonly status: ReviewStatus;
  readonly reason: string | null;
  readonly note: string | null;
  readonly reviewer: string;
}

/** Append one decision per key, all in one transaction. */
export function appendReviews(db: Db, keys: readonly string[], d: Decision): Review[] {
  const at = new Date().toISOString();
  let seq = (db.prepare('SELECT coalesce(max(seq), 0) AS s FROM reviews').get() as { s: number }).s;
  const insert = db.prepare(
    `INSERT INTO reviews (id, seq, finding_key, status, reason, note, reviewer, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() =>
    [...new Set(keys)].map((key) => {
      const r: Review = { id: randomUUID(), findingKey: key, status: d.status, reason: d.reason, note: d.note, reviewer: d.reviewer, at };
      insert.run(r.id, ++seq, key, r.status, r.reason, r.note, r.reviewer, r.at);
      return r;
    }),
  ).immediate();
}

export function reviewHistory(db: Db, key: string): Review[] {
  return (db.prepare('SELECT * FROM reviews WHERE finding_key = ? ORDER BY seq').all(key) as ReviewRow[]).map(toReview);
}

/** The latest decision for every reviewed key. */
export function latestReviews(db: Db): Map<string, Review> {
  const rows = db
    .prepare(
      `SELECT r.* FROM reviews r JOIN (SELECT finding_key, max(seq) AS s FROM reviews GROUP BY finding_key) m
       ON m.finding_key = r.finding_key AND m.s = r.seq`,
    )
    .all() as ReviewRow[];
  return new Map(rows.map((r) => [r.finding_key, toReview(r)]));
}
