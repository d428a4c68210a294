/** Sections 1 to 3: the executive summary, the scorecard and promise against practice. */
import { formatCount, formatShare } from '../format.js';
import type { ReportModel, TocEntry } from '../model-types.js';
import { attainmentChart, scorecardChart, timeChart } from './charts.js';
import { swatch, type FillKey } from './chart-patterns.js';
import { html, rawTrusted, type SafeHtml } from './safe-html.js';
import { dataTable, section, verdictClass } from './section-frame.js';

function entry(model: ReportModel, id: TocEntry['id']): TocEntry {
  return model.toc.find((e) => e.id === id) as TocEntry;
}

/** Section 1: the headline, the figures as tiles, the summary in words and the three worst risks. */
export function summarySection(model: ReportModel): SafeHtml {
  const s = model.summary;
  const f = s.figures;
  const body = html`<p class="headline">${s.headline}</p>
<div class="kpis">
  <div class="kpi"><b>${formatCount(f.promises)}</b><span>promises found</span></div>
  <div class="kpi kept"><b>${formatCount(f.kept)}</b><span>kept</span></div>
  <div class="kpi risk"><b>${formatCount(f.atRisk)}</b><span>at risk</span></div>
  <div class="kpi over"><b>${formatCount(f.overPromised)}</b><span>over-promised</span></div>
  <div class="kpi"><b>${formatCount(f.unmeasurable + f.unsubstantiated)}</b><span>need judgement or more data</span></div>
</div>
${s.paragraphs.map((p) => html`<p>${p}</p>`)}
<h2>The three most serious risks</h2>
${
  s.topThree.length === 0
    ? html`<p class="empty">No promise is over-promised or at risk.</p>`
    : html`<ol class="toprisks">${s.topThree.map(
        (r) => html`<li class="toprisk"><span class="rank">${r.rank}</span><div><div class="quote">“${r.claimText}”</div><div class="muted">${r.sentence}</div></div></li>`,
      )}</ol>`
}`;
  return section(entry(model, 'summary'), 'chapter', [body]);
}

function legend(keys: readonly [FillKey, string][]): SafeHtml {
  return html`<div class="legend">${keys.map(([key, label]) => html`<span>${rawTrusted(swatch(key))}${label}</span>`)}</div>`;
}

/** Section 2: every promise by verdict, as a chart and a table. */
export function scorecardSection(model: ReportModel): SafeHtml {
  const card = model.scorecard;
  const figure = html`<div class="figure">
<div class="title">Figure 1. Every promise found, by verdict</div>
${rawTrusted(scorecardChart(card))}
<div class="caption">Bars show each verdict's share of all ${formatCount(card.total)} promises; the count is printed beside each bar.</div>
</div>`;
  const table = dataTable(
    '',
    html`<th>Verdict</th><th class="r">Promises</th><th class="r">Share</th><th>What it means</th>`,
    card.rows.map(
      (r) => html`<tr><td class="verdict ${verdictClass(r.key === 'not-assessed' ? null : r.key)}">${r.label}</td><td class="r num">${formatCount(r.count)}</td><td class="r num">${formatShare(r.share)}</td><td>${r.meaning}</td></tr>`,
    ),
  );
  const note = html`<p class="muted small">Besides these verdicts, ${card.inconsistencies === 1 ? '1 pair of sources contradicts' : `${formatCount(card.inconsistencies)} pairs of sources contradict`} each other (section 5).</p>`;
  return section(entry(model, 'scorecard'), 'flow', [figure, html`<div class="keep">${table}${note}</div>`]);
}

/** Section 3: attainment against target and time against promise, per category. */
export function practiceSection(model: ReportModel): SafeHtml {
  const rows = model.practice;
  const attainment = attainmentChart(rows);
  const time = timeChart(rows);
  const body = html`${
    attainment === null
      ? html`<p class="empty">No promise could be tested against practice records.</p>`
      : html`<div class="figure">
<div class="title">Figure 2. How often practice meets each category's headline promise</div>
${rawTrusted(attainment)}
${legend([
  ['kept', 'Kept'],
  ['at-risk', 'At risk'],
  ['over-promised', 'Over-promised'],
])}
<div class="caption">Each row is the category's most widely shown promise that the logs could test. The black marker is the target share it must reach.</div>
</div>`
  }
${
  time === null
    ? ''
    : html`<div class="figure">
<div class="title">Figure 3. How long it takes, measured against the time promised</div>
${rawTrusted(time)}
${legend([
  ['typical', 'Typical case (median)'],
  ['slow', 'Up to the slowest 1 in 10 (90th percentile)'],
])}
<div class="caption">1× is exactly the promised time (dashed line). A bar past it means customers wait longer than promised; » marks a bar cut off at the edge.</div>
</div>`
}
${rows.length === 0 ? '' : dataTable(
  '',
  html`<th>Category</th><th class="r">Promises</th><th class="r">Kept</th><th class="r">At risk</th><th class="r">Over</th><th class="r">Untested</th><th>Headline promise and practice</th>`,
  rows.map((r) => {
    const h = r.headline;
    const detail =
      h === null
        ? html`<span class="muted">Not tested</span>`
        : html`${h.promise}: <span class="verdict ${verdictClass(h.verdict)}">${h.practice.result}</span>${h.practice.typical === null ? '' : html`<span class="muted">, typically ${h.practice.typical}</span>`}`;
    return html`<tr><td>${r.label}</td><td class="r num">${r.claims}</td><td class="r num">${r.kept}</td><td class="r num">${r.atRisk}</td><td class="r num">${r.overPromised}</td><td class="r num">${r.untested}</td><td>${detail}</td></tr>`;
  }),
)}`;
  return section(
    entry(model, 'practice'),
    'chapter',
    [body],
    'For each kind of promise: how many we found, how they fared, and what the practice logs show for the most widely shown one.',
  );
}
