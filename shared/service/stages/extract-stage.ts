/** Stage 3: every passage of the run -> claims, with boilerplate counted once. */
import type { StageContext } from '../pipeline.js';
import { throwIfCancelled } from '../pipeline.js';
import { listSourcedPassages } from '../../store/sources-repo.js';
import { deleteRunClaims, saveClaims } from '../../store/claims-repo.js';
import { inTransaction } from '../../store/database.js';
import { markBoilerplate } from '../../sources/documents/boilerplate.js';
import { extractClaims } from '../../extract/extract.js';

export async function runExtractStage(ctx: StageContext): Promise<void> {
  const { db } = ctx.ws;
  const passages = markBoilerplate(listSourcedPassages(db, ctx.run.id));
  ctx.report({ passages: passages.length }, null, `reading ${passages.length} passages for promises`);
  throwIfCancelled(ctx.signal);
  const drafts = extractClaims(passages);
  throwIfCancelled(ctx.signal);
  const claims = inTransaction(db, () => {
    deleteRunClaims(db, ctx.run.id);
    return saveClaims(db, ctx.run.id, drafts);
  });
  ctx.report({ claims: claims.length }, null, null);
}
