/** The `audit --json` output in SPEC's shape: {"summary":{...},"findings":[...]}. */
import type { Workspace } from '../store/workspace.js';
import { getRun } from '../store/runs-repo.js';
import { listClaims } from '../store/claims-repo.js';
import { listFindings } from '../store/findings-repo.js';
import { latestReviews } from '../store/reviews-repo.js';
import { VERDICTS, type Claim, type Verdict } from '../domain/types.js';

export interface AuditJson {
  readonly summary: {
    readonly runId: string;
    readonly run: number;
    readonly startedAt: string;
    readonly finishedAt: string | null;
    readonly pagesFetched: number;
    readonly documentsRead: number;
    readonly claims: number;
    readonly findings: number;
  } & Record<Verdict, number>;
  readonly findings: readonly unknown[];
}

function claimOut(c: Claim) {
  const { id, text, category, measurable, value, valueMax, unit, strength, scope, share, source, occurrences } = c;
  return { id, text, category, measurable, value, valueMax, unit, strength, scope, share, source, occurrences };
}

export function auditJson(ws: Workspace, runId: string): AuditJson {
  const run = getRun(ws.db, runId);
  if (!run) throw new Error(`no run ${runId}`);
  const claims = new Map(listClaims(ws.db, runId).map((c) => [c.id, c]));
  const findings = listFindings(ws.db, runId);
  const reviews = latestReviews(ws.db);
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const f of findings) counts[f.verdict]++;
  return {
    summary: {
      runId,
      run: run.number,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      pagesFetched: run.stats.pagesFetched,
      documentsRead: run.stats.documentsRead,
      claims: claims.size,
      findings: findings.length,
      ...counts,
    },
    findings: findings.map((f) => {
      const claim = claims.get(f.claimId);
      const other = f.conflictsWith ? claims.get(f.conflictsWith) : undefined;
      return {
        id: f.id,
        key: f.key,
        claim: claim ? claimOut(claim) : null,
        verdict: f.verdict,
        ...(f.verdict === 'inconsistent' ? { conflictsWith: other ? claimOut(other) : null } : {}),
        n: f.n,
        attainment: f.attainment,
        interval: f.attainmentLow === null ? null : [f.attainmentLow, f.attainmentHigh],
        target: f.target,
        p50: f.p50,
        p90: f.p90,
        p95: f.p95,
        severity: f.severity,
        explanation: f.explanation,
        suggestion: f.suggestion,
        review: reviews.get(f.key)?.status ?? 'open',
      };
    }),
  };
}
