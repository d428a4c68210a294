/** Claims of a run. Stored as JSON with the columns the grid filters on. */
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { Claim, ClaimDraft } from '../domain/types.js';

/** Store a run's claims in one go; returns them with ids. */
export function saveClaims(db: Db, runId: string, drafts: readonly ClaimDraft[]): Claim[] {
  const insert = db.prepare(`INSERT INTO claims (id, run_id, key, data, category, exposure) VALUES (?, ?, ?, ?, ?, ?)`);
  const seen = new Set<string>();
  const out: Claim[] = [];
  for (const d of drafts) {
    // Keys are unique per run; a repeated key is the same claim found twice, keep the first.
    if (seen.has(d.key)) continue;
    seen.add(d.key);
    const claim: Claim = { id: randomUUID(), ...d };
    insert.run(claim.id, runId, claim.key, JSON.stringify(claim), claim.category, claim.occurrences.length);
    out.push(claim);
  }
  return out;
}

export function listClaims(db: Db, runId: string): Claim[] {
  return (db.prepare('SELECT data FROM claims WHERE run_id = ? ORDER BY rowid').all(runId) as { data: string }[]).map(
    (r) => JSON.parse(r.data) as Claim,
  );
}

export function getClaim(db: Db, id: string): Claim | null {
  const row = db.prepare('SELECT data FROM claims WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Claim) : null;
}

export function deleteRunClaims(db: Db, runId: string): void {
  db.prepare('DELETE FROM claims WHERE run_id = ?').run(runId);
}
