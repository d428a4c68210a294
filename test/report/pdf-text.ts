/** Test helpers: a PDF's text page by page (pdftotext) and its page size (pdfinfo), via poppler-utils. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfText {
  /** Text of each page, in reading order. */
  readonly pages: string[];
  /** Text of each page laid out as printed (columns kept on one line). */
  readonly layoutPages: string[];
  readonly pageCount: number;
  /** pdfinfo's "Page size" line, e.g. "595.276 x 841.89 pts (A4)". */
  readonly pageSize: string;
}

function splitPages(text: string): string[] {
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function readPdf(pdf: Uint8Array): PdfText {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    const file = join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const pages = splitPages(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    const layoutPages = splitPages(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '';
    return { pages, layoutPages, pageCount, pageSize };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whitespace collapsed, so words wrapped across lines still match. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
