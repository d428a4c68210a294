/** Sections 4 to 6: top risks, contradictions between sources, promises for human judgement. */
import { formatCount, formatShare } from '../format.js';
import type { ClaimSide, ReportModel, RiskCard, TocEntry } from '../model-types.js';
import { html, type SafeHtml } from './safe-html.js';
import { dataTable, placeLink, reviewLine, section } from './section-frame.js';

function entry(model: ReportModel, id: TocEntry['id']): TocEntry {
  return model.toc.find((e) => e.id === id) as TocEntry;
}

function fact(value: string, label: string): SafeHtml {
  return html`<div><b>${value}</b><span>${label}</span></div>`;
}

function riskCard(r: RiskCard): SafeHtml {
  const p = r.practice;
  const interval =
    p.attainmentLow !== null && p.attainmentHigh !== null
      ? `met it (likely ${formatShare(p.attainmentLow)}–${formatShare(p.attainmentHigh)})`
      : 'met it';
  const main = [
    fact(r.promise, 'promised'),
    fact(formatCount(p.n), 'cases recorded'),
    fact(p.attainment === null ? '—' : formatShare(p.attainment), interval),
    fact(p.target === null ? '—' : formatShare(p.target), 'target'),
  ];
  const times =
    p.typical === null
      ? ''
      : html`<div class="facts-grid">${[
          fact(p.typical, 'typical time (median)'),
          p.worst90 === null ? '' : fact(p.worst90, '1 case in 10 took longer'),
          p.worst95 === null ? '' : fact(p.worst95, '1 case in 20 took longer'),
        ]}</div>`;
  return html`<article class="card ${r.verdict}">
<div class="meta"><span><b>Risk ${r.rank}</b> · <span class="verdict v-${r.verdict}">${r.verdictLabel}</span> · ${r.categoryLabel} · ${r.strengthLabel}</span><span>Severity <b>${r.severity}</b> (${r.severityBand.toLowerCase()})</span></div>
<div class="quote">“${r.claimText}”</div>
<p class="places"><b>Where it appears</b> (${r.exposure === 1 ? '1 place' : `${formatCount(r.exposure)} places`}): ${r.places.map((pl, i) => html`${i > 0 ? '; ' : ''}${placeLink(pl)}`)}${r.morePlaces > 0 ? ` and ${formatCount(r.morePlaces)} more` : ''}</p>
<div class="facts-box"><div class="facts-grid">${main}</div>${times}</div>
<p>${r.explanation}</p>
${r.suggestion === null ? '' : html`<div class="suggest"><span class="k">Suggested honest wording:</span> “${r.suggestion}”</div>`}
<div class="review">${reviewLine(r.review)}</div>
</article>`;
}

/** Section 4: one card per top risk, with its evidence. */
export function risksSection(model: ReportModel): SafeHtml {
  const body =
    model.risks.length === 0
      ? html`<p class="empty">No promise is over-promised or at risk.</p>`
      : html`${model.risks.map(riskCard)}`;
  const lead =
    model.risks.length === 0
      ? undefined
      : `The ${model.risks.length === 1 ? 'promise' : `${model.risks.length} promises`} that practice keeps least well, most serious first. Severity weighs the shortfall, how widely the promise is shown and how firmly it is worded.`;
  return section(entry(model, 'risks'), 'chapter', [body], lead);
}

function side(s: ClaimSide): SafeHtml {
  return html`<div class="side"><div class="quote">“${s.text}”</div><div class="small muted">Promises ${s.promise} · ${placeLink(s.place)}${s.exposure > 1 ? ` and ${formatCount(s.exposure - 1)} more` : ''}</div></div>`;
}

/** Section 5: contradictions between sources, side by side. */
export function inconsistenciesSection(model: ReportModel): SafeHtml {
  const blocks =
    model.inconsistencies.length === 0
      ? [html`<p class="empty">No source contradicts another.</p>`]
      : model.inconsistencies.map(
          (x) => html`<div class="pair">
<div class="meta small muted"><span class="k">${x.categoryLabel}</span> · severity ${x.severity}</div>
<div class="sides">${side(x.first)}${x.second === null ? '' : side(x.second)}</div>
<p>${x.explanation}</p>
${x.suggestion === null ? '' : html`<div class="suggest"><span class="k">Suggested:</span> ${x.suggestion}</div>`}
<div class="review">${reviewLine(x.review)}</div>
</div>`,
        );
  return section(entry(model, 'inconsistencies'), 'flow', blocks, model.inconsistencies.length === 0 ? undefined : 'Places where our own sources promise different things for the same service. Customers may hold us to the better one.');
}

/** Section 6: unmeasurable promises, for a person to judge. */
export function judgementSection(model: ReportModel): SafeHtml {
  const items = model.judgement;
  const body =
    items.length === 0
      ? html`<p class="empty">Every promise found can be checked against a number.</p>`
      : dataTable(
          'judgement',
          html`<th class="c-text">Promise</th><th class="c-kind">Kind</th><th class="c-where">Where</th><th class="c-places r">Places</th><th class="c-review">Review</th>`,
          items.map(
            (j) => html`<tr><td class="serif">“${j.text}”</td><td>${j.categoryLabel}<br><span class="muted small">${j.strengthLabel}</span></td><td class="small">${placeLink(j.place)}</td><td class="r num">${formatCount(j.exposure)}</td><td class="small">${j.review.label}${j.review.note === null ? '' : html`<br><span class="muted">${j.review.note}</span>`}</td></tr>`,
          ),
        );
  return section(entry(model, 'judgement'), 'flow', [body], items.length === 0 ? undefined : 'Promises about conduct or values. No log can measure them, so a person should judge whether the company can stand behind each.');
}
