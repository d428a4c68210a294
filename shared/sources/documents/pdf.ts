/**
 * Reads a PDF flyer or policy into passages with page numbers. pdf.js parses the file in a
 * worker thread with scripting, eval and font loading off (see pdf-text-worker.mjs); the layout
 * (lines, paragraphs, bullets, headings) is rebuilt here from the positioned text runs.
 */
import type { ReadDocument, SourceKind } from '../../domain/types.js';
import { DocumentReadError, displayName } from './document-error.js';
import { toReadDocument } from './document-result.js';
import { PDF_LIMITS, type PdfLimits } from './limits.js';
import { linesToBlocks } from './line-blocks.js';
import { describeStart, isPdf } from './magic-bytes.js';
import { pageToLines } from './pdf-lines.js';
import { extractPdfText } from './pdf-text.js';

/** Caps for one read; anything left out takes PDF_LIMITS' value. */
export interface PdfReadOptions {
  readonly limits?: Partial<PdfLimits>;
}

/** Reads `bytes` as a PDF; `uri` names it in passages and errors. Throws DocumentReadError on bad input. */
export async function readPdf(
  bytes: Uint8Array,
  uri: string,
  kind: SourceKind = 'flyer',
  options: PdfReadOptions = {},
): Promise<ReadDocument> {
  const name = displayName(uri);
  if (!isPdf(bytes)) throw new DocumentReadError(name, 'unsupported-format', `not a PDF (starts with ${describeStart(bytes)})`);
  const text = await extractPdfText(bytes, name, { ...PDF_LIMITS, ...options.limits });
  const blocks = linesToBlocks(text.pages.flatMap(pageToLines));
  const warnings = [...text.warnings];
  if (blocks.length === 0 && text.numPages > 0) {
    warnings.push('has no text layer (a scanned PDF?); convert its pages to images to read them through OCR');
  }
  return toReadDocument({ uri, kind, format: 'pdf', title: text.title, pageCount: text.numPages }, blocks, warnings);
}
