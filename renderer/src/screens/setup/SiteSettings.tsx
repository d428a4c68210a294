/** Company, the site to crawl and how to crawl it, with defaults most audits keep. */
import { useEffect, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/Alert.js';
import { Check, Field } from '../../components/Field.js';
import { NumberInput } from './NumberInput.js';
import { lines, useSettingsDraft } from './use-settings-draft.js';
import { SaveBar } from './SaveBar.js';

export function SiteSettings() {
  const s = useSettingsDraft();
  const crawl = s.draft.crawl;
  const [urls, setUrls] = useState(crawl.startUrls.join('\n'));
  const [include, setInclude] = useState(crawl.include.join('\n'));
  const [exclude, setExclude] = useState(crawl.exclude.join('\n'));
  useEffect(() => {
    if (!s.dirty) {
      setUrls(crawl.startUrls.join('\n'));
      setInclude(crawl.include.join('\n'));
      setExclude(crawl.exclude.join('\n'));
    }
  }, [s.dirty, crawl.startUrls, crawl.include, crawl.exclude]);

  const setCrawl = <K extends keyof typeof crawl>(key: K, value: (typeof crawl)[K]) => s.update((d) => ({ ...d, crawl: { ...d.crawl, [key]: value } }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void s.save();
  };

  return (
    <form className="stack" onSubmit={submit} aria-label="Company and website" noValidate>
      <ErrorAlert error={s.error} />
      <section className="card">
        <div className="card-header">
          <div className="section-title">
            <h2>Company and website</h2>
            <p>Leave the site empty to audit documents only.</p>
          </div>
        </div>
        <div className="card-body form-grid">
          <Field label="Company" hint="Shown on the report cover.">
            <input className="input" value={s.draft.company} onChange={(e) => { const v = e.currentTarget.value; s.update((d) => ({ ...d, company: v })); }} autoComplete="organization" />
          </Field>
          <Field label="Website address" hint="One start address per line, e.g. https://www.example.com/">
            <textarea
              className="textarea mono"
              rows={2}
              value={urls}
              spellCheck={false}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setUrls(v);
                setCrawl('startUrls', lines(v));
              }}
            />
          </Field>
        </div>
      </section>

      <section className="card">
        <div className="card-header">
          <div className="section-title">
            <h2>Crawl</h2>
            <p>How much of the site to read, and how politely.</p>
          </div>
        </div>
        <div className="card-body stack">
          <div className="form-grid-3">
            <Field label="Pages, at most">
              <NumberInput min={1} max={100000} value={crawl.maxPages} onValue={(n) => setCrawl('maxPages', Math.round(n))} />
            </Field>
            <Field label="Link depth, at most" hint="Clicks away from the start page.">
              <NumberInput min={0} max={100} value={crawl.maxDepth} onValue={(n) => setCrawl('maxDepth', Math.round(n))} />
            </Field>
            <Field label="Pause between requests (ms)">
              <NumberInput min={0} max={60000} step={50} value={crawl.delayMs} onValue={(n) => setCrawl('delayMs', Math.round(n))} />
            </Field>
          </div>
          <div className="form-grid">
            <Check label="Stay on this site" hint="Follow links only within the start addresses' sites." checked={crawl.sameSite} onChange={(v) => setCrawl('sameSite', v)} />
            <Check label="Read linked PDFs as flyers" hint="Brochures and leaflets often live there." checked={crawl.followPdfs} onChange={(v) => setCrawl('followPdfs', v)} />
            <Check label="Honour robots.txt" hint="Pages the site asks robots not to read are skipped and listed." checked={crawl.respectRobots} onChange={(v) => setCrawl('respectRobots', v)} />
            <Check label="Render JavaScript" hint="Slower. Only for sites that show nothing without it." checked={crawl.renderJs} onChange={(v) => setCrawl('renderJs', v)} />
          </div>
          <details className="advanced">
            <summary>Advanced crawl options</summary>
            <div className="form-grid advanced-body">
              <Field label="Only follow addresses matching" hint="Regular expressions, one per line. Empty follows everything.">
                <textarea className="textarea mono" rows={3} value={include} spellCheck={false} onChange={(e) => { const v = e.currentTarget.value; setInclude(v); setCrawl('include', lines(v)); }} />
              </Field>
              <Field label="Never fetch addresses matching" hint="Regular expressions, one per line, e.g. /careers/">
                <textarea className="textarea mono" rows={3} value={exclude} spellCheck={false} onChange={(e) => { const v = e.currentTarget.value; setExclude(v); setCrawl('exclude', lines(v)); }} />
              </Field>
              <Field label="Requests at once, per site">
                <NumberInput min={1} max={64} value={crawl.concurrency} onValue={(n) => setCrawl('concurrency', Math.round(n))} />
              </Field>
              <Field label="Request timeout (s)">
                <NumberInput min={1} max={300} value={crawl.timeoutMs} scale={1 / 1000} onValue={(n) => setCrawl('timeoutMs', Math.round(n))} />
              </Field>
              <Field label="Largest page (MB)">
                <NumberInput min={0.001} max={1024} step="any" value={crawl.maxBytes} scale={1 / (1024 * 1024)} onValue={(n) => setCrawl('maxBytes', Math.round(n))} />
              </Field>
              <Field label="Redirects to follow">
                <NumberInput min={0} max={20} value={crawl.maxRedirects} onValue={(n) => setCrawl('maxRedirects', Math.round(n))} />
              </Field>
            </div>
          </details>
        </div>
      </section>
      <SaveBar draft={s} />
    </form>
  );
}
