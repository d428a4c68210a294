/** Set-up: what to audit (site, documents, practice logs) and how strictly, then start a run. */
import { href, type SetupTab } from '../../app/router.js';
import { useOpenWorkspace } from '../../app/workspace-context.js';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { formatInteger } from '../../lib/format.js';
import { DatasetsTable } from '../practice/DatasetsTable.js';
import { StartRunButton } from '../run/StartRunButton.js';
import { DocumentsPanel } from './DocumentsPanel.js';
import { JudgementSettings } from './JudgementSettings.js';
import { PracticeImport } from './PracticeImport.js';
import { SiteSettings } from './SiteSettings.js';
import { Icon } from '../../components/Icon.js';

const TABS: readonly { tab: SetupTab; label: string }[] = [
  { tab: 'site', label: 'Website' },
  { tab: 'documents', label: 'Documents' },
  { tab: 'practice', label: 'Practice logs' },
  { tab: 'judgement', label: 'Thresholds' },
];

export function SetupScreen({ tab }: { tab: SetupTab }) {
  const info = useOpenWorkspace();
  const counts: Partial<Record<SetupTab, number>> = {
    site: info.settings.crawl.startUrls.length,
    documents: info.documents.length,
    practice: info.datasets.length,
  };
  const records = info.datasets.reduce((n, d) => n + d.rowCount, 0) + info.manualRecords;
  return (
    <div className="page">
      <PageHeader
        eyebrow="Set-up"
        title="What to audit"
        description={`${counts.site ? `${counts.site} site${counts.site === 1 ? '' : 's'}` : 'No site'} · ${info.documents.length} document${info.documents.length === 1 ? '' : 's'} · ${formatInteger(records)} practice record${records === 1 ? '' : 's'}`}
        actions={<StartRunButton />}
      />
      <nav className="subnav" aria-label="Set-up steps">
        {TABS.map((t) => (
          <a key={t.tab} href={href(`setup/${t.tab}`)} aria-current={t.tab === tab ? 'page' : undefined}>
            {t.label}
            {counts[t.tab] ? <span className="subnav-count">{counts[t.tab]}</span> : null}
          </a>
        ))}
      </nav>
      {tab === 'site' ? <SiteSettings /> : null}
      {tab === 'documents' ? <DocumentsPanel /> : null}
      {tab === 'practice' ? (
        <div className="stack">
          <PracticeImport />
          <section className="card" aria-labelledby="datasets-title">
            <div className="card-header">
              <div className="section-title">
                <h2 id="datasets-title">Imported logs</h2>
                <p>{info.manualRecords > 0 ? `Plus ${formatInteger(info.manualRecords)} reports logged by staff in the app.` : 'Staff can also log single reports under Practice.'}</p>
              </div>
            </div>
            {info.datasets.length ? (
              <DatasetsTable datasets={info.datasets} />
            ) : (
              <EmptyState icon="table" title="No practice logs yet">
                Import what actually happened (call logs, ticket exports, delivery logs) so promises can be checked against it.
              </EmptyState>
            )}
          </section>
        </div>
      ) : null}
      {tab === 'judgement' ? <JudgementSettings /> : null}
      <NextStep tab={tab} />
    </div>
  );
}

/** The way on from each step: the next tab, and from the last one, the run screen. */
function NextStep({ tab }: { tab: SetupTab }) {
  const i = TABS.findIndex((t) => t.tab === tab);
  const next = TABS[i + 1];
  return (
    <div className="next-step">
      {next ? (
        <a className="btn btn-ghost" href={href(`setup/${next.tab}`)}>
          Next: {next.label} <Icon name="arrowRight" />
        </a>
      ) : (
        <a className="btn btn-ghost" href={href('run')}>
          Next: Run <Icon name="arrowRight" />
        </a>
      )}
    </div>
  );
}
