/** Storing and reading the sources and passages of a run. */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { Location, PassageDraft, ReadDocument, Source, SourcedPassage } from '../domain/types.js';

/** SHA-256 of a document's passage texts: equal text means a duplicate page. */
export function contentHash(doc: Pick<ReadDocument, 'passages'>): string {
  const h = createHash('sha256');
  for (const p of doc.passages) h.update(p.text).update('\n');
  return h.digest('hex');
}

// Prepared once per connection: a crawl stores hundreds of pages a second.
const cache = new WeakMap<Db, ReturnType<typeof prepare>>();
function prepare(db: Db) {
  return {
    find: db.prepare('SELECT id FROM sources WHERE run_id = ? AND uri = ?'),
    insertSource: db.prepare(
      `INSERT INTO sources (id, run_id, uri, kind, format, title, content_hash, page_count, read_at, warnings)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertPassages: db.prepare('INSERT INTO source_passages (source_id, count, data) VALUES (?, ?, ?)'),
  };
}
function statements(db: Db): ReturnType<typeof prepare> {
  let st = cache.get(db);
  if (!st) cache.set(db, (st = prepare(db)));
  return st;
}

/**
 * Store one read document of a run. Call it inside the caller's transaction when it must
 * land together with other rows (the crawl frontier marks the page done in the same one).
 * A second document with the same URI in the run replaces nothing and returns the first's id.
 */
export function saveReadDocument(db: Db, runId: string, doc: ReadDocument): string {
  const st = statements(db);
  const existing = st.find.get(runId, doc.uri) as { id: string } | undefined;
  if (existing) return existing.id;
  const id = randomUUID();
  st.insertSource.run(
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
  st.insertPassages.run(
    id,
    doc.passages.length,
    JSON.stringify(doc.passages.map(packPassage)),
  );
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

/** A passage as stored: a positional tuple, a third of the size of the object form. */
type PackedPassage = [string, PassageDraft['role'], string | null, string | null, Location, 0 | 1];

function packPassage(p: PassageDraft): PackedPassage {
  return [p.text, p.role, p.leadIn, p.context, p.location, p.boilerplate ? 1 : 0];
}

function unpackPassage(t: PackedPassage): PassageDraft {
  return { text: t[0], role: t[1], leadIn: t[2], context: t[3], location: t[4], boilerplate: t[5] === 1 };
}

/** Every passage of a run with its source's uri and kind, in reading order: extraction's input. */
export function listSourcedPassages(db: Db, runId: string): SourcedPassage[] {
  const rows = db
    .prepare(
      `SELECT sp.data, s.uri, s.kind FROM source_passages sp JOIN sources s ON s.id = sp.source_id
       WHERE s.run_id = ? ORDER BY s.rowid`,
    )
    .all(runId) as { data: string; uri: string; kind: Source['kind'] }[];
  const out: SourcedPassage[] = [];
  for (const r of rows) {
    for (const t of JSON.parse(r.data) as PackedPassage[]) out.push({ ...unpackPassage(t), uri: r.uri, kind: r.kind });
  }
  return out;
}

/** The first passage of source `uri` in the run whose text is `text`, or null. */
export function findPassage(db: Db, runId: string, uri: string, text: string): PassageDraft | null {
  const row = db
    .prepare(`SELECT sp.data FROM source_passages sp JOIN sources s ON s.id = sp.source_id WHERE s.run_id = ? AND s.uri = ?`)
    .get(runId, uri) as { data: string } | undefined;
  if (!row) return null;
  const hit = (JSON.parse(row.data) as PackedPassage[]).find((t) => t[0] === text);
  return hit ? unpackPassage(hit) : null;
}

/** How many passages a run's sources hold. */
export function countPassages(db: Db, runId?: string): number {
  const row = (
    runId
      ? db.prepare('SELECT coalesce(sum(sp.count), 0) AS n FROM source_passages sp JOIN sources s ON s.id = sp.source_id WHERE s.run_id = ?').get(runId)
      : db.prepare('SELECT coalesce(sum(count), 0) AS n FROM source_passages').get()
  ) as { n: number };
  return row.n;
}
