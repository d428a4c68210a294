/** The frame every section shares: its anchor, number and title, and a few reusable bits. */
import type { Place, ReviewState, TocEntry } from '../model-types.js';
import { html, safeHref, type SafeHtml } from './safe-html.js';

/** The element id of a section; the TOC links here and the PDF pass finds its page by it. */
export function sectionAnchor(id: TocEntry['id']): string {
  return `sec-${id}`;
}

/**
 * A section: `chapter` starts on a new page, `flow` continues the page it is on. In a flow
 * section the heading, the lead and the first block are kept together, so a heading never
 * ends a page alone. The heading carries the anchor, so the named destination the PDF pass
 * reads sits on the heading's page.
 */
export function section(
  entry: TocEntry,
  layout: 'chapter' | 'flow',
  blocks: readonly (SafeHtml | string)[],
  lead?: string,
): SafeHtml {
  const label = entry.number === 'A' ? 'Appendix' : `Section ${entry.number}`;
  const head = html`<div class="section-head" id="${sectionAnchor(entry.id)}"><div class="eyebrow">${label}</div><h1>${entry.title}</h1></div>
${lead === undefined ? '' : html`<p class="lead">${lead}</p>`}`;
  if (layout === 'chapter') return html`<section class="chapter">${head}${blocks}</section>`;
  const [first, ...rest] = blocks;
  return html`<section class="flow"><div class="keep">${head}${first}</div>${rest}</section>`;
}

/** A place as a link when it is a web address, as text otherwise. */
export function placeLink(place: Place): SafeHtml {
  const href = safeHref(place.uri);
  return href === null ? html`<span>${place.label}</span>` : html`<a href="${href}">${place.label}</a>`;
}

/** "Accepted as a problem · Priya Raman, 29 March 2025 · note" */
export function reviewLine(review: ReviewState): SafeHtml {
  const who = review.reviewer === null ? '' : ` · ${review.reviewer}${review.date === null ? '' : `, ${review.date}`}`;
  return html`<span class="k">Review:</span> ${review.label}${who}${review.note === null ? '' : html` · “${review.note}”`}`;
}

/** The CSS class of a verdict label. */
export function verdictClass(verdict: string | null): string {
  return verdict === null ? 'v-none' : `v-${verdict}`;
}

/** Rows kept together at each end of a long table, so no page holds a lone row. */
const KEEP_ROWS = 3;

/**
 * A table whose rows never strand: a short table stays whole, a long one keeps its first and
 * last few rows together (each group its own tbody with break-inside: avoid) and repeats its
 * header on every page.
 */
export function dataTable(className: string, head: SafeHtml, rows: readonly SafeHtml[]): SafeHtml {
  const cls = className === '' ? '' : ` ${className}`;
  if (rows.length <= KEEP_ROWS * 2) {
    return html`<table class="whole${cls}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  }
  const first = rows.slice(0, KEEP_ROWS);
  const middle = rows.slice(KEEP_ROWS, rows.length - KEEP_ROWS);
  const last = rows.slice(rows.length - KEEP_ROWS);
  return html`<table class="long${cls}"><thead><tr>${head}</tr></thead><tbody class="keep-rows">${first}</tbody><tbody>${middle}</tbody><tbody class="keep-rows">${last}</tbody></table>`;
}
