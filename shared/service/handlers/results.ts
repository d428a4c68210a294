/** Reading a run's results, comparing runs, and recording review decisions. */
import type { ApiHandlers } from '../../contract/dispatch.js';
import { ApiError } from '../../contract/errors.js';
import type { ClaimRow, FindingDetail, FindingRow } from '../../contract/types.js';
import type { CoreState } from '../core.js';
import type { Db } from '../../store/database.js';
import { getRun, latestFinishedRun, listRuns } from '../../store/runs-repo.js';
import { getClaim, listClaims } from '../../store/claims-repo.js';
import { getFinding, listFindings } from '../../store/findings-repo.js';
import { appendReviews, latestReviews, reviewHistory } from '../../store/reviews-repo.js';
import { diffRuns } from '../../review/diff.js';
import { practiceDistribution } from '../queries/distribution.js';
import { findPassage } from '../../store/sources-repo.js';

type H = Pick<
  ApiHandlers,
  | 'runs.list'
  | 'runs.diff'
  | 'findings.list'
  | 'findings.get'
  | 'claims.list'
  | 'claims.get'
  | 'review.decide'
  | 'review.history'
>;

/** The run a result query is about: the one named, else the newest finished run. */
export function resolveRunId(db: Db, runId: string | undefined): string | null {
  if (runId) {
    if (!getRun(db, runId)) throw new ApiError('not-found', `There is no run ${runId} in this workspace.`);
    return runId;
  }
  return latestFinishedRun(db)?.id ?? null;
}

export function findingRows(db: Db, runId: string): FindingRow[] {
  const claims = new Map(listClaims(db, runId).map((c) => [c.id, c]));
  const reviews = latestReviews(db);
  const rows: FindingRow[] = [];
  for (const f of listFindings(db, runId)) {
    const c = claims.get(f.claimId);
    if (!c) continue;
    const r = reviews.get(f.key);
    rows.push({
      finding: f,
      claimText: c.text,
      span: c.span,
      category: c.category,
      sourceUri: c.source.uri,
      sourceKind: c.source.kind,
      exposure: c.occurrences.length,
      reviewStatus: r?.status ?? 'open',
      reviewedBy: r?.reviewer ?? null,
    });
  }
  return rows;
}

function firstPassage(db: Db, runId: string, uri: string, text: string): FindingDetail['passage'] {
  const p = findPassage(db, runId, uri, text);
  return p ? { text: p.text, leadIn: p.leadIn, context: p.context, role: p.role } : null;
}

export function resultHandlers(state: CoreState): H {
  const db = () => state.ws().db;
  return {
    'runs.list': () => listRuns(db()),
    'runs.diff': ({ fromRunId, toRunId }) => {
      const d = db();
      for (const id of [fromRunId, toRunId]) {
        if (!getRun(d, id)) throw new ApiError('not-found', `There is no run ${id} in this workspace.`);
      }
      return diffRuns(
        { runId: fromRunId, claims: listClaims(d, fromRunId), findings: listFindings(d, fromRunId) },
        { runId: toRunId, claims: listClaims(d, toRunId), findings: listFindings(d, toRunId) },
      );
    },
    'findings.list': ({ runId }) => {
      const id = resolveRunId(db(), runId);
      return id ? findingRows(db(), id) : [];
    },
    'findings.get': ({ id }) => {
      const d = db();
      const finding = getFinding(d, id);
      if (!finding) throw new ApiError('not-found', `There is no finding ${id}.`);
      const claim = getClaim(d, finding.claimId);
      if (!claim) throw new ApiError('not-found', `The claim of finding ${id} is missing.`);
      const other = finding.conflictsWith ? getClaim(d, finding.conflictsWith) : null;
      return {
        finding,
        claim,
        conflictsWith: other,
        passage: firstPassage(d, finding.runId, claim.source.uri, claim.text),
        occurrences: claim.occurrences,
        distribution: practiceDistribution(state.ws(), claim),
        reviews: reviewHistory(d, finding.key),
      };
    },
    'claims.list': ({ runId }) => {
      const d = db();
      const id = resolveRunId(d, runId);
      if (!id) return [];
      const byClaim = new Map(
        listFindings(d, id)
          .filter((f) => f.verdict !== 'inconsistent')
          .map((f) => [f.claimId, f]),
      );
      return listClaims(d, id).map((claim): ClaimRow => {
        const f = byClaim.get(claim.id);
        return { claim, findingId: f?.id ?? null, verdict: f?.verdict ?? null };
      });
    },
    'claims.get': ({ id }) => {
      const c = getClaim(db(), id);
      if (!c) throw new ApiError('not-found', `There is no claim ${id}.`);
      return c;
    },
    'review.decide': ({ findingKeys, status, reason, note, reviewer }) => {
      const d = db();
      const known = new Set((d.prepare('SELECT DISTINCT key FROM findings').all() as { key: string }[]).map((r) => r.key));
      const unknown = findingKeys.filter((k) => !known.has(k));
      if (unknown.length) {
        throw new ApiError('not-found', `No finding has the key ${unknown[0]}${unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''}.`);
      }
      const out = appendReviews(d, findingKeys, {
        status,
        reason: reason?.trim() || null,
        note: note?.trim() || null,
        reviewer: reviewer.trim(),
      });
      state.emit({ type: 'workspace-changed' });
      return out;
    },
    'review.history': ({ findingKey }) => reviewHistory(db(), findingKey),
  };
}
