/** The board report (preview, PDF) and the CSV/JSON exports over the API. */
import type { ApiHandlers } from '../../contract/dispatch.js';
import { ApiError } from '../../contract/errors.js';
import type { CoreState } from '../core.js';
import { resolveRunId } from './results.js';
import { exportInput, reportInput } from '../queries/report-input.js';
import { buildReportModel } from '../../report/model.js';
import { renderReportHtml } from '../../report/html.js';
import { renderReportPdf, PlaywrightPdfPrinter, type PdfPrinter } from '../../report/pdf.js';
import { auditJsonText, claimsCsv, findingsCsv } from '../../report/export.js';

type H = Pick<ApiHandlers, 'report.preview' | 'report.export'>;

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'audit';
}

export function reportHandlers(state: CoreState): H {
  let fallbackPrinter: PdfPrinter | null = null;
  const printer = (): PdfPrinter => state.options.pdfPrinter ?? (fallbackPrinter ??= new PlaywrightPdfPrinter());
  const runFor = (runId: string | undefined): string => {
    const id = resolveRunId(state.ws().db, runId);
    if (!id) throw new ApiError('not-found', 'There is no finished run yet: run the audit first.');
    return id;
  };
  return {
    'report.preview': ({ runId, paper }) => {
      const ws = state.ws();
      const model = buildReportModel(reportInput(ws, runFor(runId), new Date().toISOString()));
      return { html: renderReportHtml(model, { paper }) };
    },
    'report.export': async ({ runId, format, paper }) => {
      const ws = state.ws();
      const id = runFor(runId);
      const now = new Date().toISOString();
      const base = `${slug(ws.name)}-${now.slice(0, 10)}`;
      if (format === 'pdf') {
        const model = buildReportModel(reportInput(ws, id, now));
        let pdf: Uint8Array;
        try {
          pdf = await renderReportPdf(model, printer(), { paper });
        } catch (err) {
          throw new ApiError('unavailable', `The PDF could not be printed: ${(err as Error).message}`);
        }
        return { fileName: `${base}-report.pdf`, mimeType: 'application/pdf', dataBase64: Buffer.from(pdf).toString('base64') };
      }
      const input = exportInput(ws, id, now);
      const [text, name, mime] =
        format === 'claims-csv'
          ? [claimsCsv(input.claims), `${base}-claims.csv`, 'text/csv;charset=utf-8']
          : format === 'findings-csv'
            ? [findingsCsv(input), `${base}-findings.csv`, 'text/csv;charset=utf-8']
            : [auditJsonText(input), `${base}-findings.json`, 'application/json'];
      return { fileName: name, mimeType: mime, dataBase64: Buffer.from(text, 'utf8').toString('base64') };
    },
  };
}
