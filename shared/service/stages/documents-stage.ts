/** Stage 2: read every document added to the audit (flyers, policies) into passages. */
import type { StageContext } from '../pipeline.js';
import { throwIfCancelled } from '../pipeline.js';
import { documentBytes, documentUri, listDocuments } from '../../store/documents-repo.js';
import { saveReadDocument } from '../../store/sources-repo.js';
import { inTransaction } from '../../store/database.js';
import { readDocumentFile } from '../../sources/documents/read-document.js';

export async function runDocumentsStage(ctx: StageContext): Promise<void> {
  const { db } = ctx.ws;
  const done = new Set(
    (db.prepare('SELECT uri FROM sources WHERE run_id = ?').all(ctx.run.id) as { uri: string }[]).map((r) => r.uri),
  );
  let read = ctx.run.stats.documentsRead;
  const failures: string[] = [];
  for (const d of listDocuments(db)) {
    throwIfCancelled(ctx.signal);
    const uri = documentUri(d.name);
    if (done.has(uri)) continue; // resumed run: already read
    ctx.report({}, d.name, `reading ${d.name}`);
    try {
      const doc = await readDocumentFile(documentBytes(db, d.id), d.name, d.kind);
      inTransaction(db, () => saveReadDocument(db, ctx.run.id, { ...doc, uri }));
      read++;
      ctx.report({ documentsRead: read });
    } catch (err) {
      // One unreadable document must not sink the audit; it is named in the run's message.
      // Reader errors already start with the file's name.
      const message = (err as Error).message;
      failures.push(message.includes(d.name) ? message : `${d.name}: ${message}`);
    }
  }
  ctx.report({ documentsRead: read }, null, failures.length ? `could not read ${failures.join('; ')}` : null);
  if (failures.length) {
    ctx.ws.db
      .prepare(`UPDATE runs SET error = ? WHERE id = ?`)
      .run(`some documents could not be read: ${failures.join('; ')}`, ctx.run.id);
  }
}
