/** Live progress of the run under way, or the outcome of the last one; cancel and resume. */
import { useState } from 'react';
import type { RunProgress } from '../../../../shared/contract/types.js';
import type { Run } from '../../../../shared/domain/types.js';
import { useApi } from '../../api/api-context.js';
import { href } from '../../app/router.js';
import { useOpenWorkspace, useRunning, useWorkspace } from '../../app/workspace-context.js';
import { Alert, ErrorAlert } from '../../components/Alert.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Icon } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { formatDateTime, formatElapsed, formatInteger } from '../../lib/format.js';
import { RUN_STATUS_LABELS, STAGE_LABELS } from '../../lib/labels.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';
import { StageSteps } from './StageSteps.js';
import { StartRunButton } from './StartRunButton.js';
import { useElapsed } from './use-elapsed.js';

export function RunScreen() {
  const info = useOpenWorkspace();
  const { progress } = useWorkspace();
  const running = useRunning();
  const latest = [...info.runs].sort((a, b) => b.number - a.number)[0];
  const view = runView(latest, progress, running);

  return (
    <div className="page">
      <PageHeader eyebrow="Run" title={view ? `Run ${view.number}` : 'Run the audit'} description={view ? describe(view) : 'Crawl the site, read the documents, find the promises and check them against practice.'} actions={running ? null : <StartRunButton quiet={view?.status === 'done'} />} />
      {view ? <RunPanel view={view} /> : (
        <div className="card">
          <EmptyState icon="play" title="This audit has not been run yet" action={<StartRunButton size="lg" />}>
            Check the set-up first: the website to crawl, the documents and the practice logs. A run can be cancelled at any time and resumed later.
          </EmptyState>
        </div>
      )}
    </div>
  );
}

interface RunView {
  readonly runId: string;
  readonly number: number | null;
  readonly status: Run['status'];
  readonly stage: Run['stage'];
  readonly stats: Run['stats'];
  readonly elapsedMs: number;
  readonly current: string | null;
  readonly message: string | null;
  readonly startedAt: string | null;
  readonly error: string | null;
}

/** The freshest picture of the latest run: live progress when it is about that run, else the stored run. */
function runView(latest: Run | undefined, progress: RunProgress | null, running: boolean): RunView | null {
  if (progress && (!latest || progress.runId === latest.id || running)) {
    const run = latest && latest.id === progress.runId ? latest : undefined;
    const finished = run && run.status !== 'running' ? run : undefined;
    return {
      runId: progress.runId,
      number: run?.number ?? null,
      status: finished?.status ?? progress.status,
      stage: finished?.stage ?? progress.stage,
      stats: finished?.stats ?? progress.stats,
      elapsedMs: progress.elapsedMs,
      current: finished ? null : progress.current,
      message: progress.message,
      startedAt: run?.startedAt ?? null,
      error: finished?.error ?? null,
    };
  }
  if (!latest) return null;
  const end = latest.finishedAt ? Date.parse(latest.finishedAt) : Date.now();
  return {
    runId: latest.id,
    number: latest.number,
    status: latest.status,
    stage: latest.stage,
    stats: latest.stats,
    elapsedMs: Math.max(0, end - Date.parse(latest.startedAt)),
    current: null,
    message: null,
    startedAt: latest.startedAt,
    error: latest.error,
  };
}

function describe(v: RunView): string {
  return v.startedAt ? `Started ${formatDateTime(v.startedAt)}` : 'Started just now';
}

function RunPanel({ view }: { view: RunView }) {
  const api = useApi();
  const { reload } = useWorkspace();
  const [busy, setBusy] = useState<'cancel' | 'resume' | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const isRunning = view.status === 'running';
  const elapsed = useElapsed(view.elapsedMs, isRunning);
  const s = view.stats;
  const crawlTotal = s.pagesFetched + s.pagesQueued + s.pagesFailed;
  const crawlShare = crawlTotal > 0 ? (s.pagesFetched + s.pagesFailed) / crawlTotal : 0;

  async function act(kind: 'cancel' | 'resume') {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'cancel') await api.call('audit.cancel', { runId: view.runId });
      else await api.call('audit.resume', { runId: view.runId });
      await reload();
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="stack">
      <ErrorAlert error={error} />
      <section className="card run-card" aria-labelledby="run-status-title" aria-busy={isRunning}>
        <div className="card-header">
          <div className="row">
            <span className={`run-status run-status-${view.status}`}>{isRunning ? <span className="spinner" aria-hidden="true" /> : <Icon name={view.status === 'done' ? 'check' : 'alert'} />}</span>
            <div className="section-title">
              <h2 id="run-status-title" data-testid="run-status">
                {isRunning ? `${STAGE_LABELS[view.stage]}…` : RUN_STATUS_LABELS[view.status]}
              </h2>
              <p>
                Elapsed <span className="tabular" data-testid="run-elapsed">{formatElapsed(elapsed)}</span>
              </p>
            </div>
          </div>
          <div className="row">
            {isRunning ? (
              <button type="button" className="btn btn-danger" onClick={() => void act('cancel')} disabled={busy !== null}>
                <Icon name="stop" /> {busy === 'cancel' ? 'Cancelling…' : 'Cancel'}
              </button>
            ) : null}
            {view.status === 'interrupted' || view.status === 'cancelled' ? (
              <button type="button" className="btn btn-primary" onClick={() => void act('resume')} disabled={busy !== null}>
                <Icon name="play" /> {busy === 'resume' ? 'Resuming…' : 'Resume'}
              </button>
            ) : null}
            {view.status === 'done' ? (
              <a className="btn btn-primary" href={href('findings')}>
                See the findings <Icon name="arrowRight" />
              </a>
            ) : null}
          </div>
        </div>
        <div className="card-body stack">
          <StageSteps stage={view.stage} status={view.status} />
          {view.status === 'failed' ? (
            <Alert tone="error" title="The run stopped with an error">
              <p>{view.error ?? view.message ?? 'No reason was given.'}</p>
              <p className="secondary">Check the set-up (addresses, documents), then run the audit again.</p>
            </Alert>
          ) : null}
          {view.status === 'interrupted' || view.status === 'cancelled' ? (
            <Alert tone="warning" title={view.status === 'cancelled' ? 'You cancelled this run' : 'This run was interrupted'}>
              <p>Resume it to carry on where it stopped: pages already read are not fetched again.</p>
            </Alert>
          ) : null}
          <div className="run-stats">
            <section className="run-group" aria-labelledby="crawl-stats">
              <h3 id="crawl-stats">Web pages</h3>
              {view.stage === 'crawl' && isRunning ? (
                <div className="progress" role="progressbar" aria-label="Pages read" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(crawlShare * 100)}>
                  <div className="progress-bar" style={{ width: `${Math.round(crawlShare * 100)}%` }} />
                </div>
              ) : null}
              <dl className="facts">
                <Fact label="Fetched" value={s.pagesFetched} testId="stat-pages-fetched" />
                <Fact label="Queued" value={s.pagesQueued} testId="stat-pages-queued" />
                <Fact label="Failed" value={s.pagesFailed} testId="stat-pages-failed" tone={s.pagesFailed > 0 ? 'warn' : undefined} />
                <Fact label="Excluded" value={s.pagesExcluded} testId="stat-pages-excluded" />
              </dl>
            </section>
            <section className="run-group" aria-labelledby="read-stats">
              <h3 id="read-stats">Reading and checking</h3>
              <dl className="facts">
                <Fact label="Documents" value={s.documentsRead} testId="stat-documents" />
                <Fact label="Passages" value={s.passages} testId="stat-passages" />
                <Fact label="Claims" value={s.claims} testId="stat-claims" />
                <Fact label="Findings" value={s.findings} testId="stat-findings" />
              </dl>
            </section>
          </div>
          {isRunning && view.current ? (
            <p className="run-current" aria-live="off">
              <span className="muted">Now reading </span>
              <span className="mono break">{view.current}</span>
            </p>
          ) : null}
          {view.message && view.status !== 'failed' ? <p className="muted">{view.message}</p> : null}
        </div>
      </section>
      <p className="muted">You can keep working while the audit runs; other screens update when it finishes.</p>
    </div>
  );
}

function Fact({ label, value, testId, tone }: { label: string; value: number; testId: string; tone?: 'warn' }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId} className={tone === 'warn' ? 'warn-text' : undefined}>
        {formatInteger(value)}
      </dd>
    </div>
  );
}
