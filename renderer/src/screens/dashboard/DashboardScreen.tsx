/** The findings of the latest run at a glance: scorecard, promise against practice, top risks. */
import { lazy, Suspense } from 'react';
import { useApi } from '../../api/api-context.js';
import { useQuery } from '../../api/use-query.js';
import { findingHref, href } from '../../app/router.js';
import { useOpenWorkspace, useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { VerdictBadge } from '../../components/Badges.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Icon } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { formatDateTime, formatInteger, formatShare, shortUri } from '../../lib/format.js';
import { CATEGORY_LABELS } from '../../lib/labels.js';
import { StartRunButton } from '../run/StartRunButton.js';
// recharts is the largest part of the bundle; it loads when the dashboard first needs it.
const PromiseVsPracticeChart = lazy(() => import('./PromiseVsPracticeChart.js').then((m) => ({ default: m.PromiseVsPracticeChart })));
import { Scorecard } from './Scorecard.js';
import { countVerdicts, promiseVsPractice, topRisks } from './summarise.js';

export function DashboardScreen() {
  const api = useApi();
  const info = useOpenWorkspace();
  const { revision } = useWorkspace();
  const finished = info.runs.filter((r) => r.status === 'done').sort((a, b) => b.number - a.number);
  const latest = finished[0];
  const rows = useQuery(() => (latest ? api.call('findings.list', { runId: latest.id }) : Promise.resolve([])), [api, latest?.id, revision]);

  if (!latest) {
    return (
      <div className="page">
        <PageHeader eyebrow="Findings" title="Findings" />
        <div className="card">
          <EmptyState icon="dashboard" title="No findings yet" action={<StartRunButton size="lg" />}>
            Findings appear here once a run finishes. Set up the website, documents and practice logs, then run the audit.
          </EmptyState>
        </div>
      </div>
    );
  }

  const data = rows.data ?? [];
  const counts = countVerdicts(data);
  const points = promiseVsPractice(data);
  const risks = topRisks(data);
  const open = data.filter((r) => r.reviewStatus === 'open').length;
  const measured = data.filter((r) => r.finding.attainment !== null).length;

  return (
    <div className="page">
      <PageHeader
        eyebrow={`Run ${latest.number} · ${formatDateTime(latest.finishedAt ?? latest.startedAt)}`}
        title={info.settings.company ? `${info.settings.company}: findings` : 'Findings'}
        description={`${formatInteger(data.length)} findings on ${formatInteger(latest.stats.claims)} promises · ${formatInteger(measured)} measured against practice · ${formatInteger(open)} awaiting review`}
        actions={
          <>
            <a className="btn" href={href('report')}>
              <Icon name="report" /> Report
            </a>
            <a className="btn btn-primary" href={href('review?status=open')}>
              Review findings <Icon name="arrowRight" />
            </a>
          </>
        }
      />
      <ErrorAlert error={rows.error} />
      {rows.loading ? <p className="muted">Loading findings…</p> : null}
      <Scorecard counts={counts} />

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="pvp-title">
          <div className="card-header">
            <div className="section-title">
              <h2 id="pvp-title">Promise against practice</h2>
              <p>Share of cases promised, and the share that met the promise in the logs.</p>
            </div>
          </div>
          <div className="card-body">
            {points.length ? (
              <Suspense fallback={<div className="chart-placeholder" aria-hidden="true" />}>
                <PromiseVsPracticeChart points={points} />
              </Suspense>
            ) : (
              <EmptyState icon="table" title="Nothing measured yet">
                Import practice logs that measure your promises (call answer times, response times, deliveries), then run again.
              </EmptyState>
            )}
          </div>
        </section>

        <section className="card" aria-labelledby="risks-title">
          <div className="card-header">
            <div className="section-title">
              <h2 id="risks-title">Top risks</h2>
              <p>The promises most likely to disappoint customers.</p>
            </div>
          </div>
          {risks.length ? (
            <ol className="risk-list">
              {risks.map((r) => (
                <li key={r.finding.id}>
                  <a className="risk" href={findingHref(r.finding.id)}>
                    <span className="row-between">
                      <VerdictBadge verdict={r.finding.verdict} />
                      <span className="risk-severity tabular" title="Severity (0–100)">
                        {Math.round(r.finding.severity)}
                      </span>
                    </span>
                    <span className="risk-text">{r.claimText}</span>
                    <span className="risk-meta">
                      {CATEGORY_LABELS[r.category]} · {r.finding.attainment !== null ? `${formatShare(r.finding.attainment)} met, target ${formatShare(r.finding.target)}` : r.finding.explanation} · {shortUri(r.sourceUri)}
                    </span>
                  </a>
                </li>
              ))}
            </ol>
          ) : (
            <EmptyState icon="check" title="No risks found">
              Every measured promise is kept. Review the unmeasurable and unsubstantiated ones by hand.
            </EmptyState>
          )}
        </section>
      </div>
    </div>
  );
}
