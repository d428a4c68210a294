/** Documents added to an audit (flyers, policies). Their bytes are kept in the workspace. */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { DocumentInfo } from '../contract/types.js';

interface DocRow {
  id: string;
  name: string;
  kind: 'flyer' | 'policy';
  size: number;
  added_at: string;
}

const toInfo = (r: DocRow): DocumentInfo => ({ id: r.id, name: r.name, kind: r.kind, size: r.size, addedAt: r.added_at });

export function addDocument(db: Db, name: string, kind: 'flyer' | 'policy', bytes: Uint8Array): DocumentInfo {
  const id = randomUUID();
  const sha = createHash('sha256').update(bytes).digest('hex');
  db.prepare(`INSERT INTO documents (id, name, kind, bytes, size, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    id,
    name,
    kind,
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    bytes.byteLength,
    sha,
    new Date().toISOString(),
  );
  return listDocuments(db).find((d) => d.id === id)!;
}

export function removeDocument(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}

export function listDocuments(db: Db): DocumentInfo[] {
  return (db.prepare('SELECT id, name, kind, size, added_at FROM documents ORDER BY added_at, rowid').all() as DocRow[]).map(
    toInfo,
  );
}

export function documentBytes(db: Db, id: string): Uint8Array {
  const row = db.prepare('SELECT bytes FROM documents WHERE id = ?').get(id) as { bytes: Buffer } | undefined;
  if (!row) throw new Error(`no document ${id}`);
  return new Uint8Array(row.bytes);
}

/** The URI a stored document is cited by in claims and the report: its file name, as users know it. */
export function documentUri(name: string): string {
  return name;
}
