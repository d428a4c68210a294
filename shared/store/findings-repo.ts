/** Findings of a run. */
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { Finding, FindingDraft } from '../domain/types.js';

export function saveFindings(db: Db, runId: string, drafts: readonly FindingDraft[]): Finding[] {
  const insert = db.prepare(
    `INSERT INTO findings (id, run_id, key, claim_id, verdict, severity, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const d of drafts) {
    if (seen.has(d.key)) continue;
    seen.add(d.key);
    const f: Finding = { id: randomUUID(), runId, ...d };
    insert.run(f.id, runId, f.key, f.claimId, f.verdict, f.severity, JSON.stringify(f));
    out.push(f);
  }
  return out;
}

export function listFindings(db: Db, runId: string): Finding[] {
  return (
    db.prepare('SELECT data FROM findings WHERE run_id = ? ORDER BY severity DESC, rowid').all(runId) as { data: string }[]
  ).map((r) => JSON.parse(r.data) as Finding);
}

export function getFinding(db: Db, id: string): Finding | null {
  const row = db.prepare('SELECT data FROM findings WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Finding) : null;
}

export function deleteRunFindings(db: Db, runId: string): void {
  db.prepare('DELETE FROM findings WHERE run_id = ?').run(runId);
}
