/**
 * The board report: a preview of its HTML in a sandboxed frame (no scripts, no same-origin) and
 * the exports. The HTML holds crawled text, so it is never put into this page's own DOM.
 */
import { useState } from 'react';
import { useApi } from '../../api/api-context.js';
import { useQuery } from '../../api/use-query.js';
import { useOpenWorkspace, useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Field } from '../../components/Field.js';
import { PageHeader } from '../../components/PageHeader.js';
import { formatDate } from '../../lib/format.js';
import { StartRunButton } from '../run/StartRunButton.js';
import { ExportPanel } from './ExportPanel.js';

export function ReportScreen() {
  const api = useApi();
  const info = useOpenWorkspace();
  const { revision } = useWorkspace();
  const finished = info.runs.filter((r) => r.status === 'done').sort((a, b) => b.number - a.number);
  const [runId, setRunId] = useState('');
  const [paper, setPaper] = useState<'A4' | 'Letter'>('A4');
  const chosen = finished.find((r) => r.id === runId) ?? finished[0];
  const preview = useQuery(() => (chosen ? api.call('report.preview', { runId: chosen.id, paper }) : Promise.resolve(null)), [api, chosen?.id, paper, revision]);

  if (!chosen) {
    return (
      <div className="page">
        <PageHeader eyebrow="Report" title="Board report" />
        <div className="card">
          <EmptyState icon="report" title="No report yet" action={<StartRunButton size="lg" />}>
            The report is written from a finished run. Run the audit, review the findings, then come back to export it.
          </EmptyState>
        </div>
      </div>
    );
  }

  return (
    <div className="page page-wide">
      <PageHeader eyebrow="Report" title="Board report" description="Check the preview, then export the PDF for the board or the data for your own tools." />
      <div className="report-grid">
        <section className="card report-preview" aria-labelledby="preview-title">
          <div className="card-header">
            <h2 id="preview-title">Preview</h2>
            {preview.loading ? <span className="muted">Preparing…</span> : null}
          </div>
          <ErrorAlert error={preview.error} />
          {/* The report's own CSP allows only its stylesheet, so the sheet of paper is drawn around the frame. */}
          <div className="report-stage">
            <div className={`report-sheet report-sheet-${paper}`}>
              {preview.data ? <iframe title="Report preview" sandbox="" srcDoc={preview.data.html} className="report-frame" referrerPolicy="no-referrer" /> : null}
            </div>
          </div>
        </section>
        <aside className="stack" aria-label="Export">
          <section className="card" aria-labelledby="options-title">
            <div className="card-header">
              <h2 id="options-title">Options</h2>
            </div>
            <div className="card-body stack">
              <Field label="Run">
                <select className="select" value={chosen.id} onChange={(e) => setRunId(e.currentTarget.value)}>
                  {finished.map((r) => (
                    <option key={r.id} value={r.id}>
                      Run {r.number} · {formatDate(r.startedAt)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label="Paper">
                <select className="select" value={paper} onChange={(e) => setPaper(e.currentTarget.value as 'A4' | 'Letter')}>
                  <option value="A4">A4</option>
                  <option value="Letter">US Letter</option>
                </select>
              </Field>
            </div>
          </section>
          <section className="card" aria-labelledby="export-title">
            <div className="card-header">
              <h2 id="export-title">Export</h2>
            </div>
            <div className="card-body">
              <ExportPanel runId={chosen.id} paper={paper} />
            </div>
          </section>
        </aside>
      </div>
    </div>
  );
}
