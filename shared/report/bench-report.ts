/**
 * Benchmark: a report of 500 findings, model + HTML + PDF, timed stage by stage.
 * `npm run bench` calls benchReport(); run alone with `npx tsx shared/report/bench-report.ts`.
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { benchInput } from './bench-input.js';
import { renderReportHtml } from './html.js';
import { buildReportModel } from './model.js';
import { PlaywrightPdfPrinter, renderReportPdf, type PdfPrinter } from './pdf.js';

/** Timings of one report benchmark, in milliseconds. */
export interface ReportBenchResult {
  readonly findings: number;
  readonly modelMs: number;
  readonly htmlMs: number;
  /** Both print passes and locating the sections, browser launch included. */
  readonly pdfMs: number;
  readonly totalMs: number;
  readonly pdfBytes: number;
  /** The budget the issue sets: under 5 s for 500 findings. */
  readonly targetMs: number;
  /** The machine's 1-minute load average when the run ended: wall time means little on a busy machine. */
  readonly loadAverage: number;
}

/** Times one full report; `printer` defaults to a Chromium launched (and closed) here. */
export async function benchReport(findings = 500, printer?: PdfPrinter): Promise<ReportBenchResult> {
  const input = benchInput(findings);
  const t0 = performance.now();
  const model = buildReportModel(input);
  const t1 = performance.now();
  renderReportHtml(model, { paper: 'A4' });
  const t2 = performance.now();
  const launched = printer === undefined ? new PlaywrightPdfPrinter() : undefined;
  try {
    const pdf = await renderReportPdf(model, printer ?? (launched as PlaywrightPdfPrinter), { paper: 'A4' });
    const t4 = performance.now();
    return {
      findings: input.findings.length,
      modelMs: Math.round(t1 - t0),
      htmlMs: Math.round(t2 - t1),
      pdfMs: Math.round(t4 - t2),
      totalMs: Math.round(t4 - t0),
      pdfBytes: pdf.byteLength,
      targetMs: 5000,
      loadAverage: Math.round((loadavg()[0] ?? 0) * 10) / 10,
    };
  } finally {
    await launched?.close();
  }
}

/** One line for the benchmark log. */
export function describeBench(r: ReportBenchResult): string {
  const verdict = r.totalMs < r.targetMs ? 'within' : 'OVER';
  return `report: ${r.findings} findings in ${r.totalMs} ms (model ${r.modelMs}, html ${r.htmlMs}, pdf ${r.pdfMs} incl. browser start; ${Math.round(r.pdfBytes / 1024)} KiB), ${verdict} the ${r.targetMs} ms target (load average ${r.loadAverage})`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(describeBench(await benchReport()));
}
