/**
 * Renders the report model as one self-contained HTML document designed for print:
 * no scripts, no external resources, a strict Content-Security-Policy, every piece of
 * untrusted text escaped.
 */
import { createHash } from 'node:crypto';
import { appendixSection, changesSection, methodSection } from './html/closing-sections.js';
import { contentsPage, coverPage, type TocPages } from './html/cover-toc.js';
import type { Paper } from './html/paper.js';
import { inconsistenciesSection, judgementSection, risksSection } from './html/risk-sections.js';
import { html, rawTrusted } from './html/safe-html.js';
import { stylesheet } from './html/styles.js';
import { practiceSection, scorecardSection, summarySection } from './html/summary-sections.js';
import type { ReportModel } from './model-types.js';

export type { Paper } from './html/paper.js';
export type { TocPages } from './html/cover-toc.js';

/** Paper size and, after a first print, the contents' page numbers. */
export interface RenderHtmlOptions {
  readonly paper: Paper;
  /** The page each section starts on, from a first print pass; blank in the contents when absent. */
  readonly tocPages?: TocPages;
  /**
   * Leave out the appendix's rows. The appendix is the last section and starts a page of its
   * own, so every section still starts where it will in the full document: the page-finding
   * pass prints this and skips laying out the longest part of the report.
   */
  readonly draft?: boolean;
}

/** The report as an HTML document for the given paper size. */
export function renderReportHtml(model: ReportModel, options: RenderHtmlOptions): string {
  const runningHead = `${model.cover.company} · ${model.cover.title}`;
  const css = stylesheet(options.paper, runningHead, model.cover.date);
  const hash = createHash('sha256').update(css, 'utf8').digest('base64');
  // Only the one stylesheet above may apply; nothing may load or run.
  const csp = `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`;
  const doc = html`<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${model.cover.company} — ${model.cover.title}, ${model.cover.date}</title>
<style>${rawTrusted(css)}</style>
</head>
<body>
${coverPage(model)}
${contentsPage(model, options.tocPages)}
${summarySection(model)}
${scorecardSection(model)}
${practiceSection(model)}
${risksSection(model)}
${inconsistenciesSection(model)}
${judgementSection(model)}
${changesSection(model)}
${methodSection(model)}
${appendixSection(model, options.draft ?? false)}
</body>
</html>
`;
  return doc.value;
}
