/**
 * Gets the positioned text runs of every page of a PDF from the parser thread, within the
 * PDF budget: pages past the cap are skipped, and when time runs out the pages read so far
 * are kept with a warning.
 */
import { DocumentReadError } from './document-error.js';
import type { PdfLimits } from './limits.js';
import { type JobMessage, ParserError, runParserJob } from './parser-thread.js';

/** One run of text as pdf.js placed it, in viewport units with y growing downwards. */
export interface PdfTextRun {
  readonly s: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly size: number;
}

/** The text runs of one page. */
export interface PdfPageText {
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextRun[];
}

/** What was read from one PDF. */
export interface PdfText {
  readonly numPages: number;
  readonly title: string;
  readonly pages: readonly PdfPageText[];
  readonly warnings: readonly string[];
}

const MAX_RUNS_PER_PAGE = 50_000;
// About 30 MB of runs: far more text than any flyer or policy, far less than memory allows.
const MAX_RUNS_PER_DOCUMENT = 300_000;

/** Reads the text runs of `bytes`; throws DocumentReadError naming `name` when the PDF cannot be read. */
export async function extractPdfText(bytes: Uint8Array, name: string, limits: PdfLimits): Promise<PdfText> {
  const pages: PdfPageText[] = [];
  const warnings: string[] = [];
  let numPages = 0;
  let title = '';
  const result = (): PdfText => ({ numPages, title, pages, warnings });
  try {
    return await runParserJob({ kind: 'pdf', bytes, maxPages: limits.maxPages, maxItemsPerPage: MAX_RUNS_PER_PAGE, maxItemsTotal: MAX_RUNS_PER_DOCUMENT }, name, limits, {
      onMessage(m: JobMessage) {
        if (m.type === 'meta') {
          numPages = Number(m['numPages']) || 0;
          title = String(m['title'] ?? '');
          if (numPages > limits.maxPages) warnings.push(`read the first ${limits.maxPages} of ${numPages} pages (page cap)`);
        } else if (m.type === 'page') {
          const page = m as unknown as PdfPageText & { truncated: boolean };
          pages.push({ page: page.page, width: page.width, height: page.height, items: page.items });
          if (page.truncated) warnings.push(`page ${page.page}: kept the first ${MAX_RUNS_PER_PAGE} text runs`);
        } else if (m.type === 'capped') {
          warnings.push(`stopped after page ${String(m['page'])}: the document holds more than ${MAX_RUNS_PER_DOCUMENT} text runs`);
        } else if (m.type === 'page-error') {
          warnings.push(`page ${String(m['page'])} could not be read: ${String(m['message'])}`);
        } else if (m.type === 'done') {
          return result();
        }
        return undefined;
      },
      partial() {
        if (pages.length === 0) return null;
        warnings.push(`stopped after ${pages.length} of ${numPages} pages: the ${limits.timeoutMs} ms time limit was reached`);
        return result();
      },
    });
  } catch (error) {
    throw error instanceof ParserError ? pdfError(name, error) : error;
  }
}

function pdfError(name: string, error: ParserError): DocumentReadError {
  if (error.parserErrorName === 'PasswordException') {
    return new DocumentReadError(name, 'encrypted', 'is password-protected; save a copy without the password and try again');
  }
  if (error.parserErrorName === 'InvalidPDFException') {
    return new DocumentReadError(name, 'corrupt', `is not a readable PDF (${error.message.replace(/\.$/, '')})`);
  }
  return new DocumentReadError(name, 'corrupt', `could not be read as a PDF: ${error.message}`);
}
