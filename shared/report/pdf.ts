/**
 * Turns the report model into a PDF through any printer that can print HTML: Chromium via
 * playwright-core on the command line, Electron's printToPDF in the app.
 */
import { renderReportHtml, type Paper, type TocPages } from './html.js';
import type { ReportModel, ReportSectionId } from './model-types.js';
import { locateSections } from './pdf-sections.js';

export type { Paper } from './html.js';
export { PlaywrightPdfPrinter, withPlaywrightPrinter, type PlaywrightPrinterOptions } from './playwright-printer.js';

/** Anything that prints an HTML document to PDF; paper size and margins come from the document's CSS. */
export interface PdfPrinter {
  print(html: string, options: { readonly paper: Paper }): Promise<Uint8Array>;
}

/** Full prints at most after the draft: the page numbers settle in the first in practice. */
const MAX_FULL_PRINTS = 2;

/**
 * Prints a draft to find where each section starts, then the full report with those page
 * numbers in its contents, and checks they still hold (printing once more if they moved).
 */
export async function renderReportPdf(
  model: ReportModel,
  printer: PdfPrinter,
  options: { readonly paper: Paper },
): Promise<Uint8Array> {
  const draft = await printer.print(renderReportHtml(model, { paper: options.paper, draft: true }), options);
  let tocPages: TocPages = (await locateSections(draft, model.toc)).pages;
  let pdf: Uint8Array | undefined;
  for (let pass = 0; pass < MAX_FULL_PRINTS; pass += 1) {
    pdf = await printer.print(renderReportHtml(model, { paper: options.paper, tocPages }), options);
    const found = (await locateSections(pdf, model.toc)).pages;
    if (samePages(tocPages, found)) return pdf;
    tocPages = found;
  }
  return pdf as Uint8Array;
}

function samePages(a: TocPages, b: TocPages): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<ReportSectionId>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
