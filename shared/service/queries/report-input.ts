/** Gathering one run's report input (and export input) from the workspace. */
import type { Workspace } from '../../store/workspace.js';
import type { ReportInput } from '../../report/input.js';
import type { ExportInput } from '../../report/export.js';
import type { AuditSettings } from '../../domain/settings.js';
import type { Review } from '../../domain/types.js';
import { getRun, previousFinishedRun } from '../../store/runs-repo.js';
import { listClaims } from '../../store/claims-repo.js';
import { listFindings } from '../../store/findings-repo.js';
import { latestReviews } from '../../store/reviews-repo.js';
import { listSources } from '../../store/sources-repo.js';
import { diffRuns } from '../../review/diff.js';
import { REASON } from '../../sources/crawl/frontier.js';
import { apiDatasets } from '../handlers/practice.js';

function reviewsRecord(ws: Workspace): Record<string, Review> {
  return Object.fromEntries(latestReviews(ws.db));
}

export function exportInput(ws: Workspace, runId: string, generatedAt: string): ExportInput {
  const run = getRun(ws.db, runId);
  if (!run) throw new Error(`no run ${runId}`);
  return {
    claims: listClaims(ws.db, runId),
    findings: listFindings(ws.db, runId),
    latestReviews: reviewsRecord(ws),
    company: (run.settings as AuditSettings).company || ws.name,
    runNumber: run.number,
    generatedAt,
  };
}

export function reportInput(ws: Workspace, runId: string, generatedAt: string): ReportInput {
  const run = getRun(ws.db, runId);
  if (!run) throw new Error(`no run ${runId}`);
  const settings = run.settings as AuditSettings;
  const claims = listClaims(ws.db, runId);
  const findings = listFindings(ws.db, runId);
  const prev = previousFinishedRun(ws.db, run);
  const excluded = ws.db
    .prepare(`SELECT url FROM crawl_urls WHERE run_id = ? AND state = 'excluded' AND reason = ? ORDER BY rowid LIMIT 500`)
    .all(runId, REASON.robots) as { url: string }[];
  const documents = listSources(ws.db, runId)
    .filter((s) => s.kind !== 'page')
    .map((s) => ({ uri: s.uri, title: s.title, kind: s.kind, format: s.format, pages: s.pageCount }));
  return {
    company: settings.company || ws.name,
    siteUrls: settings.crawl.startUrls,
    generatedAt,
    run,
    settings,
    claims,
    findings,
    latestReviews: reviewsRecord(ws),
    diff: prev
      ? diffRuns(
          { runId: prev.id, claims: listClaims(ws.db, prev.id), findings: listFindings(ws.db, prev.id) },
          { runId, claims, findings },
        )
      : null,
    previousRun: prev,
    crawl: {
      pagesFetched: run.stats.pagesFetched,
      pagesFailed: run.stats.pagesFailed,
      robotsExcluded: excluded.map((e) => ({ url: e.url, reason: REASON.robots })),
      documents,
      practiceDatasets: apiDatasets(ws.db).map((d) => ({ name: d.name, rows: d.rowCount })),
    },
  };
}
