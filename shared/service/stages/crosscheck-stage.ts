/** Stage 4: claims x practice records -> findings. */
import type { StageContext } from '../pipeline.js';
import { throwIfCancelled } from '../pipeline.js';
import { listClaims } from '../../store/claims-repo.js';
import { deleteRunFindings, saveFindings } from '../../store/findings-repo.js';
import { inTransaction } from '../../store/database.js';
import { buildPracticeIndex, crossCheck } from '../../crosscheck/index.js';

export async function runCrosscheckStage(ctx: StageContext): Promise<void> {
  const { db } = ctx.ws;
  const claims = listClaims(db, ctx.run.id);
  ctx.report({}, null, `checking ${claims.length} claims against practice`);
  const index = buildPracticeIndex(db, ctx.settings.workingTime);
  throwIfCancelled(ctx.signal);
  const drafts = crossCheck(claims, index, { judgement: ctx.settings.judgement });
  const findings = inTransaction(db, () => {
    deleteRunFindings(db, ctx.run.id);
    return saveFindings(db, ctx.run.id, drafts);
  });
  ctx.report({ findings: findings.length }, null, null);
}
