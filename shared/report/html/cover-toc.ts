/** The cover and the table of contents. */
import { formatCount } from '../format.js';
import type { ReportModel, ReportSectionId } from '../model-types.js';
import { html, type SafeHtml } from './safe-html.js';
import { sectionAnchor, verdictClass } from './section-frame.js';

/** The cover: company, site, date, scope, and the figures at a glance. */
export function coverPage(model: ReportModel): SafeHtml {
  const c = model.cover;
  const f = model.summary.figures;
  return html`<div class="cover">
<div class="band"></div>
<div class="kind">${c.title}</div>
<h1 class="company">${c.company}</h1>
<div class="tagline">What we promise our customers, set against what our own records show we deliver.</div>
<dl class="facts">
  <dt>Date</dt><dd>${c.date}</dd>
  ${c.sites.length > 0 ? html`<dt>Website</dt><dd>${c.sites.join(', ')}</dd>` : ''}
  <dt>Audit run</dt><dd>Run ${c.runNumber}</dd>
  <dt>Scope</dt><dd>${c.scope.map((line) => html`${line}<br>`)}</dd>
</dl>
<div class="glance">
  <div><b>${formatCount(f.promises)}</b><span>promises found</span></div>
  <div><b>${formatCount(f.overPromised)}</b><span>over-promised</span></div>
  <div><b>${formatCount(f.atRisk)}</b><span>at risk</span></div>
  <div><b>${formatCount(f.kept)}</b><span>kept in practice</span></div>
</div>
<div class="foot"><span>Confidential — prepared for the board</span><span>Promise Auditor</span></div>
</div>`;
}

/** Page numbers by section; absent before the first print pass. */
export type TocPages = Readonly<Partial<Record<ReportSectionId, number>>>;

/** The contents with page numbers (blank before the first print pass), and how to read the verdicts. */
export function contentsPage(model: ReportModel, pages: TocPages | undefined): SafeHtml {
  return html`<section class="chapter" id="contents">
<div class="section-head"><div class="eyebrow">Contents</div><h1>In this report</h1></div>
<ol class="toc">
${model.toc.map((entry) => {
  const page = pages?.[entry.id];
  return html`<li><span class="n">${entry.number}</span><a class="t" href="#${sectionAnchor(entry.id)}">${entry.title}</a><span class="p">${page ?? ''}</span></li>`;
})}
</ol>
<div class="guide">
<h2>Reading the verdicts</h2>
<dl class="dl">${model.scorecard.rows.map((r) => html`<div class="dl-row"><dt><span class="verdict ${verdictClass(r.key === 'not-assessed' ? null : r.key)}">${r.label}</span></dt><dd>${r.meaning}</dd></div>`)}<div class="dl-row"><dt><span class="verdict">Inconsistent</span></dt><dd>Two of our sources promise different things for the same service.</dd></div></dl>
<p class="muted small">Each promise is counted once, by what its practice records show. Figures are as of ${model.cover.date}, run ${model.cover.runNumber} of this audit.</p>
</div>
</section>`;
}
