/** The first screen: start a new audit, open one, pick a recent one, or try the sample. */
import { useState, type FormEvent } from 'react';
import type { WorkspaceInfo } from '../../../../shared/contract/types.js';
import { useApi, useDesktop } from '../../api/api-context.js';
import { useQuery } from '../../api/use-query.js';
import { navigate } from '../../app/router.js';
import { useWorkspace } from '../../app/workspace-context.js';
import { ErrorAlert } from '../../components/Alert.js';
import { Field } from '../../components/Field.js';
import { BrandMark, Icon } from '../../components/Icon.js';
import { ThemeSwitcher } from '../../components/ThemeSwitcher.js';
import { formatDateTime } from '../../lib/format.js';
import { toUiError, type UiError } from '../../lib/ui-error.js';

export function StartScreen() {
  const api = useApi();
  const desktop = useDesktop();
  const { info, setInfo } = useWorkspace();
  const recent = useQuery(() => api.call('workspace.recent'), [api]);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<UiError | null>(null);
  const [newPath, setNewPath] = useState('');
  const [company, setCompany] = useState('');
  const [openPath, setOpenPath] = useState('');

  async function run(label: string, action: () => Promise<WorkspaceInfo | null>, then: string | ((opened: WorkspaceInfo) => string)) {
    setBusy(label);
    setError(null);
    try {
      const opened = await action();
      // Null: the user cancelled a native dialog.
      if (!opened) return;
      setInfo(opened);
      navigate(typeof then === 'string' ? then : then(opened));
    } catch (err) {
      setError(toUiError(err));
    } finally {
      setBusy(null);
    }
  }

  // The sample is there to be explored: run it straight away unless it already has results.
  const openSample = async () => {
    const opened = await api.call('workspace.openSample');
    if (opened.runs.length === 0 && !opened.activeRunId) {
      const { runId } = await api.call('audit.start');
      return { ...opened, activeRunId: runId };
    }
    return opened;
  };

  const create = (e: FormEvent) => {
    e.preventDefault();
    if (desktop) return void run('create', () => desktop.call('desktop.newWorkspace', company.trim() ? { company: company.trim() } : {}), 'setup/site');
    const path = newPath.trim();
    if (!path) return setError({ title: 'Where should the audit be saved?', message: 'Enter a file path for the new audit, for example /home/you/Audits/acme-2025-q3.audit.db.', issues: [], hint: null });
    void run('create', () => api.call('workspace.create', { path, company: company.trim() || undefined }), 'setup/site');
  };
  const open = (e: FormEvent) => {
    e.preventDefault();
    if (desktop) return void run('open', () => desktop.call('desktop.openWorkspace', {}), '');
    const path = openPath.trim();
    if (!path) return setError({ title: 'Which audit?', message: 'Enter the path of an audit file to open.', issues: [], hint: null });
    void run('open', () => api.call('workspace.open', { path }), '');
  };

  return (
    <main className="start" id="main" tabIndex={-1}>
      <div className="start-top">
        <div className="brand">
          <BrandMark />
          Promise Auditor
        </div>
        <ThemeSwitcher />
      </div>
      <div className="start-inner">
        <header className="start-hero">
          <h1 tabIndex={-1} data-page-title="">
            Check what you promise against what you deliver
          </h1>
          <p>
            Promise Auditor reads your website, flyers and policies, finds every service promise, and checks each one against your staff&rsquo;s
            practice logs. Everything stays on this computer.
          </p>
        </header>

        <ErrorAlert error={error} />
        {info ? (
          <div className="start-current card">
            <div className="card-body row-between">
              <div>
                <div className="eyebrow">Open now</div>
                <strong>{info.settings.company || info.name}</strong> <span className="muted break">{info.path}</span>
              </div>
              <a className="btn btn-primary" href="#/">
                Back to this audit <Icon name="arrowRight" />
              </a>
            </div>
          </div>
        ) : null}

        <div className="start-grid">
          <form className="card start-card" onSubmit={create} aria-labelledby="new-audit-title">
            <div className="card-body stack">
              <div className="section-title">
                <h2 id="new-audit-title">New audit</h2>
                <p>One file holds the whole audit: inputs, runs, findings and decisions.</p>
              </div>
              <Field label="Company" hint="Shown on the report cover.">
                <input className="input" value={company} onChange={(e) => setCompany(e.currentTarget.value)} placeholder="Acme Energy Ltd" autoComplete="organization" />
              </Field>
              {desktop ? null : (
                <Field label="Save audit as" hint="Full path of a new file. Existing files are never overwritten.">
                  <input className="input mono" value={newPath} onChange={(e) => setNewPath(e.currentTarget.value)} placeholder="/home/you/Audits/acme-2025-q3.audit.db" spellCheck={false} />
                </Field>
              )}
            </div>
            <div className="card-footer">
              <button className="btn btn-primary" type="submit" disabled={busy !== null}>
                {busy === 'create' ? <span className="spinner" aria-hidden="true" /> : <Icon name="plus" />}
                {desktop ? 'Create audit…' : 'Create audit'}
              </button>
            </div>
          </form>

          <div className="stack">
            <form className="card start-card" onSubmit={open} aria-labelledby="open-audit-title">
              <div className="card-body stack">
                <div className="section-title">
                  <h2 id="open-audit-title">Open an audit</h2>
                  <p>Continue an audit, or re-run last quarter&rsquo;s.</p>
                </div>
                {desktop ? null : (
                  <Field label="Audit file">
                    <input className="input mono" value={openPath} onChange={(e) => setOpenPath(e.currentTarget.value)} placeholder="/home/you/Audits/acme-2025-q2.audit.db" spellCheck={false} />
                  </Field>
                )}
              </div>
              <div className="card-footer">
                <button className="btn" type="submit" disabled={busy !== null}>
                  {busy === 'open' ? <span className="spinner" aria-hidden="true" /> : <Icon name="folder" />}
                  {desktop ? 'Open an audit…' : 'Open'}
                </button>
              </div>
            </form>
            <div className="card sample-card">
              <div className="card-body row-between">
                <div className="section-title">
                  <h2>New here?</h2>
                  <p>Explore a finished audit of a sample company, with its site, flyer, policy and call logs.</p>
                </div>
                <button className="btn" type="button" disabled={busy !== null} onClick={() => void run('sample', openSample, (opened) => (opened.activeRunId ? 'run' : ''))}>
                  {busy === 'sample' ? <span className="spinner" aria-hidden="true" /> : <Icon name="sparkle" />}
                  Try the sample audit
                </button>
              </div>
            </div>
          </div>
        </div>

        <section className="card" aria-labelledby="recent-title">
          <div className="card-header">
            <h2 id="recent-title">Recent audits</h2>
          </div>
          {recent.error ? (
            <div className="card-body">
              <ErrorAlert error={recent.error} />
            </div>
          ) : recent.data && recent.data.length > 0 ? (
            <ul className="recent-list">
              {recent.data.map((r) => (
                <li key={r.path}>
                  <button type="button" className="recent-item" disabled={busy !== null} onClick={() => void run('recent', () => api.call('workspace.open', { path: r.path }), '')}>
                    <Icon name="file" />
                    <span className="recent-text">
                      <span className="recent-name">{r.name}</span>
                      <span className="recent-path">{r.path}</span>
                    </span>
                    <span className="muted nowrap">{formatDateTime(r.openedAt)}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <div className="card-body">
              <p className="muted">{recent.loading ? 'Loading…' : 'Audits you open or create will be listed here.'}</p>
            </div>
          )}
        </section>
      </div>
    </main>
  );
}
