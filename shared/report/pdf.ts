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

/** Passes at most: the contents' page numbers settle after the second in practice. */
const MAX_PASSES = 3;

/**
 * Prints the report, then prints again with the contents' page numbers taken from the first
 * print, and checks they still hold (a third pass if the numbers moved anything).
 */
export async function renderReportPdf(
  model: ReportModel,
  printer: PdfPrinter,
  options: { readonly paper: Paper },
): Promise<Uint8Array> {
  let tocPages: TocPages | undefined;
  let pdf = await printer.print(renderReportHtml(model, { paper: options.paper }), options);
  for (let pass = 1; pass < MAX_PASSES; pass += 1) {
    const found = (await locateSections(pdf, model.toc)).pages;
    if (tocPages !== undefined && samePages(tocPages, found)) return pdf;
    tocPages = found;
    pdf = await printer.print(renderReportHtml(model, { paper: options.paper, tocPages }), options);
  }
  return pdf;
}

function samePages(a: TocPages, b: TocPages): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<ReportSectionId>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
