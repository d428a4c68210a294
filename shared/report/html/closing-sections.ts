/** Section 7, section 8 and the appendix: changes since the last run, method, every claim. */
import { formatCount } from '../format.js';
import type { ChangeList, LabelledValue, ReportModel, TocEntry } from '../model-types.js';
import { html, type SafeHtml } from './safe-html.js';
import { dataTable, section, verdictClass } from './section-frame.js';

function entry(model: ReportModel, id: TocEntry['id']): TocEntry {
  return model.toc.find((e) => e.id === id) as TocEntry;
}

function more(list: ChangeList<unknown>): SafeHtml | string {
  const rest = list.count - list.items.length;
  return rest > 0 ? html`<p class="muted small">and ${formatCount(rest)} more.</p>` : '';
}

function quotedList(title: string, list: ChangeList<string>): SafeHtml | string {
  if (list.count === 0) return '';
  return html`<h3>${title} (${formatCount(list.count)})</h3><ul class="plain">${list.items.map((t) => html`<li>“${t}”</li>`)}</ul>${more(list)}`;
}

/** Section 7: what changed since the previous run. */
export function changesSection(model: ReportModel): SafeHtml {
  const c = model.changes;
  const verdicts =
    c.verdictChanged.count === 0
      ? ''
      : html`<h3>Verdicts that changed (${formatCount(c.verdictChanged.count)})</h3>
${dataTable(
          '',
          html`<th>Promise</th><th>Before</th><th>Now</th><th>Change</th>`,
          c.verdictChanged.items.map(
            (v) => html`<tr><td>“${v.text}”</td><td>${v.before}</td><td>${v.after}</td><td class="verdict ${v.direction === 'worse' ? 'v-over-promised' : 'v-kept'}">${v.direction === 'worse' ? '▼ worse' : '▲ better'}</td></tr>`,
          ),
        )}${more(c.verdictChanged)}`;
  const reworded =
    c.reworded.count === 0
      ? ''
      : html`<h3>Reworded (${formatCount(c.reworded.count)})</h3>
${dataTable(
          '',
          html`<th>Before</th><th>Now</th>`,
          c.reworded.items.map((r) => html`<tr><td class="muted">“${r.before}”</td><td>“${r.after}”</td></tr>`),
        )}${more(c.reworded)}`;
  const blocks = [
    html`<p>${c.summary}</p>`,
    verdicts,
    quotedList('New promises', c.added),
    quotedList('Promises no longer found', c.removed),
    reworded,
  ];
  return section(entry(model, 'changes'), 'flow', blocks);
}

function dl(rows: readonly LabelledValue[]): SafeHtml {
  return html`<dl class="dl">${rows.map((r) => html`<div class="dl-row"><dt>${r.label}</dt><dd>${r.value}</dd></div>`)}</dl>`;
}

/** Section 8: approach, what was read, robots.txt exclusions, thresholds and caveats. */
export function methodSection(model: ReportModel): SafeHtml {
  const m = model.method;
  const body = html`${m.approach.map((p) => html`<p>${p}</p>`)}
<h2>What was read</h2>
${dl(m.crawl)}
<h3>Excluded by robots.txt (${formatCount(m.robotsExcluded.count)})</h3>
${
  m.robotsExcluded.count === 0
    ? html`<p class="empty">robots.txt excluded nothing the crawl reached.</p>`
    : html`${dataTable(
        '',
        html`<th>Address</th><th>Reason</th>`,
        m.robotsExcluded.items.map((e) => html`<tr><td>${e.url}</td><td>${e.reason}</td></tr>`),
      )}${more(m.robotsExcluded)}`
}
<h3>Documents (${formatCount(m.documents.count)})</h3>
${
  m.documents.count === 0
    ? html`<p class="empty">No documents were read.</p>`
    : html`${dataTable(
        '',
        html`<th>Title</th><th>Kind</th><th class="r">Pages</th><th>File or address</th>`,
        m.documents.items.map(
          (d) => html`<tr><td>${d.title}</td><td>${d.kind}</td><td class="r num">${d.pages ?? '—'}</td><td class="small muted">${d.uri}</td></tr>`,
        ),
      )}${more(m.documents)}`
}
<h3>Practice logs (${formatCount(m.datasets.count)})</h3>
${
  m.datasets.count === 0
    ? html`<p class="empty">No practice logs were supplied.</p>`
    : html`${dataTable(
        '',
        html`<th>Log</th><th class="r">Records</th>`,
        m.datasets.items.map((d) => html`<tr><td>${d.name}</td><td class="r num">${formatCount(d.rows)}</td></tr>`),
      )}${more(m.datasets)}`
}
<h2>Thresholds</h2>
${dl(m.thresholds)}
<h2>Caveats</h2>
<ul class="plain">${m.caveats.map((c) => html`<li>${c}</li>`)}</ul>`;
  return section(entry(model, 'method'), 'chapter', [body]);
}

/** The appendix; `draft` leaves out its rows (see RenderHtmlOptions.draft). */
export function appendixSection(model: ReportModel, draft: boolean): SafeHtml {
  const rows = model.appendix;
  const body =
    draft
      ? html`<p class="empty">Rows left out of this draft.</p>`
      : rows.length === 0
      ? html`<p class="empty">No promises were found.</p>`
      : dataTable(
          'appendix',
          html`<th class="c-ref">Ref</th><th class="c-text">Promise</th><th class="c-threshold">Threshold</th><th class="c-places r">Places</th><th class="c-verdict">Verdict</th><th class="c-review">Review</th>`,
          rows.map(
            (r) => html`<tr><td>${r.ref}</td><td>${r.text}<br><span class="muted">${r.categoryLabel} · ${r.strengthLabel}</span></td><td>${r.promise}</td><td class="r num">${formatCount(r.exposure)}</td><td><span class="verdict ${verdictClass(r.verdict)}">${r.verdictLabel}</span><br><span class="muted num">${r.result}</span></td><td>${r.reviewLabel}</td></tr>`,
          ),
        );
  return section(entry(model, 'appendix'), 'chapter', [body], `All ${formatCount(rows.length)} promises found, by category, worst verdict first.`);
}
