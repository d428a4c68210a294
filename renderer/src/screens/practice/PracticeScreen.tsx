/** What actually happened: imported logs with their row counts and errors, and staff reports. */
import { href } from '../../app/router.js';
import { useOpenWorkspace } from '../../app/workspace-context.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Icon } from '../../components/Icon.js';
import { PageHeader } from '../../components/PageHeader.js';
import { formatInteger } from '../../lib/format.js';
import { DatasetsTable } from './DatasetsTable.js';
import { LogReportForm } from './LogReportForm.js';

export function PracticeScreen() {
  const info = useOpenWorkspace();
  const imported = info.datasets.reduce((n, d) => n + d.rowCount, 0);
  const skipped = info.datasets.reduce((n, d) => n + d.skippedCount, 0);
  return (
    <div className="page">
      <PageHeader
        eyebrow="Practice"
        title="What actually happens"
        description="Promises are checked against these records. New records count from the next run."
        actions={
          <a className="btn" href={href('setup/practice')}>
            <Icon name="upload" /> Import a log
          </a>
        }
      />
      <div className="stat-row card card-body">
        <Stat label="Imported logs" value={formatInteger(info.datasets.length)} />
        <Stat label="Imported records" value={formatInteger(imported)} />
        <Stat label="Skipped rows" value={formatInteger(skipped)} />
        <Stat label="Staff reports" value={formatInteger(info.manualRecords)} />
      </div>
      <section className="card" aria-labelledby="datasets-title">
        <div className="card-header">
          <div className="section-title">
            <h2 id="datasets-title">Imported logs</h2>
            <p>Rows left out by “skip bad rows” are listed under each log, with why.</p>
          </div>
        </div>
        {info.datasets.length ? (
          <DatasetsTable datasets={info.datasets} />
        ) : (
          <EmptyState icon="table" title="No practice logs yet" action={<a className="btn btn-primary" href={href('setup/practice')}>Import a log</a>}>
            Import call logs, ticket exports or delivery logs to measure promises against them.
          </EmptyState>
        )}
      </section>
      <section className="card" aria-labelledby="log-title">
        <div className="card-header">
          <div className="section-title">
            <h2 id="log-title">Log a report</h2>
            <p>For what no system records: a queue at the counter, a call-back that took two days.</p>
          </div>
        </div>
        <div className="card-body">
          <LogReportForm />
        </div>
      </section>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
    </div>
  );
}
