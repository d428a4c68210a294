/**
 * The report's print stylesheet: page boxes with running header and footer (CSS margin
 * boxes, so any Chromium printer gets them without header/footer templates), typography,
 * and the rules that keep cards and rows whole across page breaks.
 */
import { contentHeightMm, MARGIN_MM, PAGE_BOX, type Paper } from './paper.js';

/** A CSS string literal for any text: every character outside a safe set becomes a hex escape. */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((ch) => (/^[A-Za-z0-9 ,.:;()-]$/.test(ch) ? ch : `\\${(ch.codePointAt(0) as number).toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

const SANS = `"Source Sans 3", "Source Sans Pro", "Segoe UI", "Helvetica Neue", Helvetica, Arial, "Liberation Sans", sans-serif`;
const SERIF = `Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "Liberation Serif", serif`;

/** The stylesheet for one paper size; `runningHead` and `date` fill the header. */
export function stylesheet(paper: Paper, runningHead: string, date: string): string {
  const box = PAGE_BOX[paper];
  const coverHeight = (contentHeightMm(paper) - 4).toFixed(1);
  return `
@page {
  size: ${box.size};
  margin: ${MARGIN_MM.top}mm ${MARGIN_MM.side}mm ${MARGIN_MM.bottom}mm;
  @top-left { content: ${cssString(runningHead)}; font: 7.5pt ${SANS}; color: #6b7280; vertical-align: bottom; padding-bottom: 5mm; }
  @top-right { content: ${cssString(date)}; font: 7.5pt ${SANS}; color: #6b7280; vertical-align: bottom; padding-bottom: 5mm; }
  @bottom-left { content: "Confidential \\2014  prepared for the board"; font: 7.5pt ${SANS}; color: #6b7280; vertical-align: top; padding-top: 5mm; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt ${SANS}; color: #374151; vertical-align: top; padding-top: 5mm; }
}
@page :first {
  @top-left { content: none; }
  @top-right { content: none; }
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
:root {
  --ink: #1c2430; --muted: #5d6675; --faint: #8a919c; --rule: #d7dbe1; --soft: #f4f5f7;
  --accent: #1f3b57; --over: #8a2a2a; --risk: #a8692a; --kept: #3f6e55;
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${SANS}; font-size: 9.6pt; line-height: 1.5; color: var(--ink); font-kerning: normal; }
h1, h2, h3, .serif { font-family: ${SERIF}; font-weight: normal; color: var(--ink); }
h1 { font-size: 21pt; line-height: 1.2; margin: 0 0 5mm; }
h2 { font-size: 13pt; margin: 7mm 0 2.5mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
p { margin: 0 0 2.6mm; orphans: 3; widows: 3; }
a { color: inherit; text-decoration: none; }
.muted { color: var(--muted); }
.small { font-size: 8.2pt; }
.num { font-variant-numeric: tabular-nums; }
.eyebrow { font-size: 7.8pt; letter-spacing: 0.14em; text-transform: uppercase; color: var(--accent); font-weight: 600; margin-bottom: 1.5mm; }

section.chapter { break-before: page; }
section.flow { margin-top: 11mm; }
.section-head { border-top: 2.2pt solid var(--accent); padding-top: 3mm; margin-bottom: 5mm; break-inside: avoid; break-after: avoid; }
.section-head h1 { margin: 0; }
.lead { font-size: 10.6pt; color: #2b3442; max-width: 150mm; }
.figure, .card, .pair, tr, .kpis, .toprisk, .dl-row, .keep, table.whole, tbody.keep-rows { break-inside: avoid; }

/* Cover */
.cover { height: ${coverHeight}mm; display: flex; flex-direction: column; }
.cover .band { height: 3mm; width: 38mm; background: var(--accent); margin-bottom: 16mm; }
.cover .kind { font-size: 9pt; letter-spacing: 0.2em; text-transform: uppercase; color: var(--accent); font-weight: 600; }
.cover h1.company { font-size: 34pt; line-height: 1.1; margin: 5mm 0 6mm; max-width: 150mm; overflow-wrap: anywhere; }
.cover .tagline { font-family: ${SERIF}; font-size: 13.5pt; color: var(--muted); max-width: 135mm; margin-bottom: 14mm; }
.cover .facts { display: grid; grid-template-columns: 34mm 1fr; row-gap: 2.2mm; font-size: 9.8pt; border-top: 0.6pt solid var(--rule); padding-top: 5mm; }
.cover .facts dt { color: var(--muted); }
.cover .facts dd { margin: 0; overflow-wrap: anywhere; }
.cover .glance { margin-top: auto; display: grid; grid-template-columns: repeat(4, 1fr); border-top: 0.6pt solid var(--rule); border-bottom: 0.6pt solid var(--rule); }
.cover .glance div { padding: 4mm 3mm 4mm 0; }
.cover .glance b { display: block; font-family: ${SERIF}; font-weight: normal; font-size: 24pt; line-height: 1.1; }
.cover .glance span { font-size: 8.4pt; color: var(--muted); }
.cover .foot { margin-top: 6mm; font-size: 8pt; color: var(--faint); display: flex; justify-content: space-between; }

/* Contents */
.toc { list-style: none; padding: 0; margin: 4mm 0 0; }
.toc li { display: flex; align-items: baseline; padding: 2.4mm 0; border-bottom: 0.5pt solid var(--rule); font-size: 11pt; }
.toc .n { width: 10mm; color: var(--accent); font-weight: 600; }
.toc .t { flex: 1; }
.guide { margin-top: 14mm; }
.guide .dl { grid-template-columns: 40mm 1fr; }
.toc .p { width: 14mm; text-align: right; font-variant-numeric: tabular-nums; color: var(--muted); }

/* Executive summary */
.headline { font-family: ${SERIF}; font-size: 15.5pt; line-height: 1.35; margin: 0 0 6mm; max-width: 160mm; }
.kpis { display: grid; grid-template-columns: repeat(5, 1fr); gap: 0; margin: 0 0 7mm; border-top: 0.6pt solid var(--rule); border-bottom: 0.6pt solid var(--rule); }
.kpi { padding: 3.5mm 3mm 3.5mm 0; }
.kpi b { display: block; font-family: ${SERIF}; font-weight: normal; font-size: 22pt; line-height: 1.1; }
.kpi span { font-size: 8pt; color: var(--muted); }
.kpi.over b { color: var(--over); }
.kpi.risk b { color: var(--risk); }
.kpi.kept b { color: var(--kept); }
.toprisks { list-style: none; padding: 0; margin: 2mm 0 0; counter-reset: r; }
.toprisk { display: grid; grid-template-columns: 9mm 1fr; padding: 3mm 0; border-top: 0.5pt solid var(--rule); }
.toprisk .rank { font-family: ${SERIF}; font-size: 16pt; color: var(--over); line-height: 1; }
.quote { font-family: ${SERIF}; font-size: 11pt; line-height: 1.35; overflow-wrap: anywhere; }

/* Figures */
.figure { margin: 3mm 0 7mm; }
.figure svg { display: block; width: 100%; height: auto; overflow: visible; }
.figure .caption { font-size: 8.2pt; color: var(--muted); margin-top: 1.5mm; }
.figure .title { font-weight: 600; font-size: 9.4pt; margin-bottom: 2mm; }
svg text { font-family: ${SANS}; fill: #1c2430; }
svg .axis { fill: #6b7280; font-size: 9px; }
svg .label { font-size: 10.5px; }
svg .value { font-size: 10px; fill: #374151; }
.legend { display: flex; flex-wrap: wrap; gap: 2mm 6mm; font-size: 8pt; color: var(--muted); margin-top: 1.5mm; }
.legend svg { width: 9mm; height: 3.2mm; display: inline-block; vertical-align: -0.6mm; margin-right: 1.2mm; }

/* Tables */
table { width: 100%; border-collapse: collapse; font-size: 8.6pt; margin: 2mm 0 5mm; }
thead { display: table-header-group; }
th { text-align: left; font-weight: 600; color: var(--muted); font-size: 7.6pt; text-transform: uppercase; letter-spacing: 0.06em; border-bottom: 0.8pt solid var(--ink); padding: 1.6mm 2mm 1.6mm 0; vertical-align: bottom; white-space: nowrap; }
td { border-bottom: 0.5pt solid var(--rule); padding: 1.5mm 2mm 1.5mm 0; vertical-align: top; overflow-wrap: break-word; }
td.r, th.r { text-align: right; }
.verdict { white-space: nowrap; font-weight: 600; }
.v-over-promised { color: var(--over); }
.v-at-risk { color: var(--risk); }
.v-kept { color: var(--kept); }
.v-unsubstantiated, .v-unmeasurable, .v-none { color: var(--muted); }
table.appendix { font-size: 7.9pt; table-layout: fixed; }
table.appendix td:first-child { color: var(--faint); }
table.judgement { table-layout: fixed; }
table.judgement .c-text { width: 40%; }
table.judgement .c-kind { width: 17%; }
table.judgement .c-where { width: 19%; }
table.judgement .c-places { width: 9%; }
table.judgement .c-review { width: 15%; }
table.appendix .c-ref { width: 6%; }
table.appendix .c-text { width: 40%; }
table.appendix .c-threshold { width: 13%; }
table.appendix .c-places { width: 8%; }
table.appendix .c-verdict { width: 17%; }
table.appendix .c-review { width: 16%; }
table.appendix td:nth-child(5), table.appendix th.c-verdict { padding-left: 3mm; }

/* Risk cards */
.card { border: 0.6pt solid var(--rule); border-left: 2.4pt solid var(--over); padding: 4mm 5mm 3.5mm; margin: 0 0 5mm; }
.card.at-risk { border-left-color: var(--risk); border-left-style: dashed; }
.card .meta { display: flex; justify-content: space-between; gap: 4mm; font-size: 8pt; color: var(--muted); margin-bottom: 2mm; }
.card .meta b { color: var(--ink); font-weight: 600; }
.card .quote { font-size: 12.5pt; margin-bottom: 3mm; }
.facts-box { border-top: 0.5pt solid var(--rule); border-bottom: 0.5pt solid var(--rule); margin: 2.5mm 0 3mm; }
.facts-grid { display: grid; grid-template-columns: repeat(4, 1fr); }
.facts-grid + .facts-grid { border-top: 0.5pt dotted var(--rule); }
.facts-grid div { padding: 2mm 2mm 2mm 0; }
.facts-grid b { display: block; font-size: 10.5pt; font-weight: 600; line-height: 1.3; }
.facts-grid span { font-size: 7.6pt; color: var(--muted); }
.places { font-size: 8.2pt; color: var(--muted); margin: 0 0 2mm; overflow-wrap: anywhere; }
.places b, .card .k { color: var(--ink); font-weight: 600; }
.suggest { background: var(--soft); padding: 2.2mm 3mm; margin: 2mm 0; font-size: 9pt; }
.review { font-size: 8.2pt; color: var(--muted); }

/* Inconsistencies */
.pair { border-top: 0.6pt solid var(--rule); padding: 3.5mm 0 2mm; margin-bottom: 3mm; }
.pair .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin: 2mm 0; }
.pair .side { border-left: 1.5pt solid var(--rule); padding-left: 3mm; }

/* Method */
.dl { display: grid; grid-template-columns: 58mm 1fr; border-top: 0.5pt solid var(--rule); margin: 2mm 0 5mm; font-size: 8.8pt; }
.dl-row { display: contents; }
.dl dt, .dl dd { margin: 0; padding: 1.5mm 0; border-bottom: 0.5pt solid var(--rule); }
.dl dt { color: var(--muted); padding-right: 3mm; }
.dl dd { overflow-wrap: anywhere; }
ul.plain { margin: 1mm 0 4mm; padding-left: 4.5mm; }
ul.plain li { margin-bottom: 1.2mm; }
.empty { color: var(--muted); font-style: italic; }
`;
}
