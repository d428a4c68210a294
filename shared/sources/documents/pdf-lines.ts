/**
 * Joins a PDF page's text runs into visual lines. Runs are taken in content-stream order
 * (which layout tools write in reading order) and a run joins the line before it when it sits
 * on the same baseline and a little to its right. A wide horizontal jump starts a new line on
 * the same baseline, so table cells and side-by-side columns stay apart.
 */
import type { VisualLine } from './line-blocks.js';
import type { PdfPageText, PdfTextRun } from './pdf-text.js';

interface OpenLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
  /** Characters set in `size`, to keep the size of the longest run. */
  sizeChars: number;
}

// Gaps are measured in multiples of the font size.
const SPACE_GAP = 0.18;
const COLUMN_GAP = 4;
const BASELINE_TOLERANCE = 0.35;

/** The visual lines of one page, in reading order. */
export function pageToLines(page: PdfPageText): VisualLine[] {
  const lines: VisualLine[] = [];
  let open: OpenLine | null = null;
  const flush = (): void => {
    if (open && open.text.trim() !== '') {
      lines.push({ text: open.text.trim(), page: page.page, line: null, left: open.left, right: open.right, y: open.y, size: open.size });
    }
    open = null;
  };
  for (const run of page.items) {
    const current: OpenLine | null = open;
    if (current && sameLine(current, run)) {
      appendRun(current, run);
    } else {
      flush();
      open = { text: run.s, left: run.x, right: run.x + run.w, y: run.y, size: run.size, sizeChars: run.s.length };
    }
  }
  flush();
  return lines;
}

function sameLine(line: OpenLine, run: PdfTextRun): boolean {
  const size = Math.min(line.size, run.size);
  if (Math.abs(run.y - line.y) > BASELINE_TOLERANCE * Math.max(size, 1)) return false;
  const gap = run.x - line.right;
  return gap > -0.5 * size && gap < COLUMN_GAP * Math.max(line.size, run.size);
}

function appendRun(line: OpenLine, run: PdfTextRun): void {
  const gap = run.x - line.right;
  const needsSpace = gap > SPACE_GAP * run.size && !/\s$/.test(line.text) && !/^\s/.test(run.s);
  line.text += (needsSpace ? ' ' : '') + run.s;
  line.right = Math.max(line.right, run.x + run.w);
  if (run.s.length > line.sizeChars) {
    line.size = run.size;
    line.sizeChars = run.s.length;
  }
}
