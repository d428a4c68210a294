/** Storing and reading the sources and passages of a run. */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { Location, Passage, ReadDocument, Source, SourcedPassage } from '../domain/types.js';

/** SHA-256 of a document's passage texts: equal text means a duplicate page. */
export function contentHash(doc: Pick<ReadDocument, 'passages'>): string {
  const h = createHash('sha256');
  for (const p of doc.passages) h.update(p.text).update('\n');
  return h.digest('hex');
}

/**
 * Store one read document of a run. Call it inside the caller's transaction when it must
 * land together with other rows (the crawl frontier marks the page done in the same one).
 * A second document with the same URI in the run replaces nothing and returns the first's id.
 */
export function saveReadDocument(db: Db, runId: string, doc: ReadDocument): string {
  const existing = db.prepare('SELECT id FROM sources WHERE run_id = ? AND uri = ?').get(runId, doc.uri) as
    | { id: string }
    | undefined;
  if (existing) return existing.id;
  const id = randomUUID();
  db.prepare(
    `INSERT INTO sources (id, run_id, uri, kind, format, title, content_hash, page_count, read_at, warnings)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    runId,
    doc.uri,
    doc.kind,
    doc.format,
    doc.title,
    contentHash(doc),
    doc.pageCount,
    new Date().toISOString(),
    JSON.stringify(doc.warnings),
  );
  const insert = db.prepare(
    `INSERT INTO passages (id, source_id, seq, text, role, lead_in, context, location, boilerplate)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  doc.passages.forEach((p, seq) => {
    insert.run(
      randomUUID(),
      id,
      seq,
      p.text,
      p.role,
      p.leadIn,
      p.context,
      JSON.stringify(p.location),
      p.boilerplate ? 1 : 0,
    );
  });
  return id;
}

interface SourceRow {
  id: string;
  run_id: string;
  uri: string;
  kind: Source['kind'];
  format: Source['format'];
  title: string;
  content_hash: string;
  page_count: number | null;
  read_at: string;
}

function toSource(r: SourceRow): Source {
  return {
    id: r.id,
    runId: r.run_id,
    uri: r.uri,
    kind: r.kind,
    format: r.format,
    title: r.title,
    contentHash: r.content_hash,
    pageCount: r.page_count,
    readAt: r.read_at,
  };
}

export function listSources(db: Db, runId: string): Source[] {
  return (db.prepare('SELECT * FROM sources WHERE run_id = ? ORDER BY rowid').all(runId) as SourceRow[]).map(toSource);
}

interface PassageRow {
  id: string;
  source_id: string;
  text: string;
  role: Passage['role'];
  lead_in: string | null;
  context: string | null;
  location: string;
  boilerplate: number;
  uri: string;
  kind: Source['kind'];
}

/** Every passage of a run with its source's uri and kind, in reading order: extraction's input. */
export function listSourcedPassages(db: Db, runId: string): SourcedPassage[] {
  const rows = db
    .prepare(
      `SELECT p.*, s.uri, s.kind FROM passages p JOIN sources s ON s.id = p.source_id
       WHERE s.run_id = ? ORDER BY s.rowid, p.seq`,
    )
    .all(runId) as PassageRow[];
  return rows.map((r) => ({
    text: r.text,
    role: r.role,
    leadIn: r.lead_in,
    context: r.context,
    location: JSON.parse(r.location) as Location,
    boilerplate: r.boilerplate === 1,
    uri: r.uri,
    kind: r.kind,
  }));
}
