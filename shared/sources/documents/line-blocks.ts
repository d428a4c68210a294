/**
 * Rebuilds paragraphs, headings and list items from positioned lines of text: what a PDF's
 * text layer or an OCR engine gives, with no structure of its own. Used by the PDF and
 * image readers so both read layout the same way.
 *
 * The cues, in order: a list marker starts an item; a larger font starts a heading; a
 * vertical gap wider than the usual line pitch, or a line ending a sentence that was not
 * wrapped (the next line's first word would have fitted on it), ends a paragraph; lines
 * indented under a lead-in ending with ":" are list items even when their bullets were drawn
 * as shapes (Chromium and many layout tools do that), one per line unless the line wrapped.
 */
import type { Block } from './blocks.js';
import { isBareBullet, type ListMarker, parseListMarker, parseOcrListMarker } from './bullets.js';

/** One line of text with its position; y grows downwards, units are the source's own. */
export interface VisualLine {
  readonly text: string;
  /** 1-based page, or null for a single image. */
  readonly page: number | null;
  /** 1-based line number within the source (OCR), else null. */
  readonly line: number | null;
  readonly left: number;
  readonly right: number;
  /** Baseline (or bottom) position, growing downwards. */
  readonly y: number;
  /** Font size or row height. */
  readonly size: number;
}

export interface LineBlockOptions {
  /** Accept the shapes OCR turns bullets into ("«", "=»"). */
  readonly ocr?: boolean;
}

interface PageGeometry {
  readonly margin: number;
  readonly maxRight: number;
  readonly pitch: number;
}

interface OpenBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  implicitItem: boolean;
  level: number | undefined;
  parts: string[];
  first: VisualLine;
  last: VisualLine;
}

const HEADING_RATIO = 1.15;
const GAP_RATIO = 1.45;
const MAX_HEADING_CHARS = 160;
const PAGE_NUMBER_RE = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/i;

/** Groups positioned lines (in reading order) into blocks. */
export function linesToBlocks(lines: readonly VisualLine[], options: LineBlockOptions = {}): Block[] {
  const kept = lines.filter((l) => l.text.trim() !== '' && !PAGE_NUMBER_RE.test(l.text.trim()));
  if (kept.length === 0) return [];
  const bodySize = dominantSize(kept);
  const headingLevel = headingLevels(kept, bodySize);
  const geometry = pageGeometry(kept, bodySize);
  const blocks: Block[] = [];
  let open: OpenBlock | null = null;
  let pendingBullet = false;

  const flush = (): void => {
    if (open) blocks.push(toBlock(open));
    open = null;
  };

  for (const line of kept) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (isBareBullet(text)) {
      flush();
      pendingBullet = true;
      continue;
    }
    const geo = geometry.get(line.page) ?? { margin: line.left, maxRight: line.right, pitch: line.size * 1.2 };
    const indented = line.left > geo.margin + 0.8 * line.size;
    const marker: ListMarker | null = options.ocr ? parseOcrListMarker(text, indented) : parseListMarker(text);
    const level = marker ? undefined : headingLevel(line.size, text);
    const startsItem = pendingBullet || marker !== null;
    pendingBullet = false;

    const current: OpenBlock | null = open;
    if (current && !startsItem && continues(current, line, text, level, geo, indented)) {
      current.parts.push(text);
      current.last = line;
      continue;
    }
    const lastText = current ? current.parts.join(' ') : (blocks.at(-1)?.text ?? '');
    const underLeadIn = indented && (/:\s*$/.test(lastText) || current?.kind === 'list-item' || blocks.at(-1)?.kind === 'list-item');
    flush();
    if (startsItem) {
      open = openBlock('list-item', false, undefined, marker ? marker.rest : text, line);
    } else if (level !== undefined) {
      open = openBlock('heading', false, level, text, line);
    } else if (underLeadIn) {
      open = openBlock('list-item', true, undefined, text, line);
    } else {
      open = openBlock('paragraph', false, undefined, text, line);
    }
  }
  flush();
  return blocks;
}

function openBlock(kind: OpenBlock['kind'], implicitItem: boolean, level: number | undefined, text: string, line: VisualLine): OpenBlock {
  return { kind, implicitItem, level, parts: [text], first: line, last: line };
}

function continues(
  open: OpenBlock,
  line: VisualLine,
  text: string,
  level: number | undefined,
  geo: PageGeometry,
  indented: boolean,
): boolean {
  const prev = open.last;
  const prevText = open.parts.at(-1) ?? '';
  if (line.page !== prev.page) return continuesOnNextPage(open, text, level);
  const dy = line.y - prev.y;
  // Same baseline or going up: another column or table cell, never the same block.
  if (dy < 0.3 * Math.min(line.size, prev.size)) return false;
  if (dy > GAP_RATIO * Math.max(geo.pitch, 0.9 * prev.size)) return false;
  if (open.kind === 'heading') return level === open.level;
  if (level !== undefined) return false;
  const prevFull = wrapped(prev, text, geo);
  if (/[.!?:;]["')\]]?$/.test(prevText) && !prevFull) return false;
  if (open.kind === 'list-item') {
    // An item's wrapped lines sit right of the margin; a line back at the margin ends the list.
    if (!indented && open.first.left > geo.margin + 0.8 * open.first.size) return false;
    if (open.implicitItem) return prevFull && Math.abs(line.left - open.first.left) < 0.8 * line.size;
    // Wrapped text of a bulleted item hangs right of its bullet, or the line before ran full.
    return line.left > open.first.left + 0.3 * line.size || prevFull;
  }
  // A paragraph does not swallow an indented block that follows a short line.
  return !(indented && !prevFull && line.left > open.first.left + 0.8 * line.size);
}

// A line was wrapped (rather than broken on purpose) when the next line's first word would
// not have fitted after it, within the right edge of the page's text.
function wrapped(prev: VisualLine, nextText: string, geo: PageGeometry): boolean {
  const charWidth = (prev.right - prev.left) / Math.max(1, prev.text.length);
  const firstWord = nextText.split(' ', 1)[0] ?? '';
  return prev.right + charWidth * (firstWord.length + 1) > geo.maxRight + 0.5 * charWidth;
}

// A sentence cut by a page break: the block goes on when it did not end and the text resumes lowercase.
function continuesOnNextPage(open: OpenBlock, text: string, level: number | undefined): boolean {
  if (open.kind === 'heading' || level !== undefined) return false;
  const prevText = open.parts.at(-1) ?? '';
  return !/[.!?:;]["')\]]?$/.test(prevText) && /^\p{Ll}/u.test(text);
}

function toBlock(open: OpenBlock): Block {
  const text = joinLines(open.parts);
  const location = { page: open.first.page, path: null, line: open.first.line };
  // Flyers set their promises in display type ("Call us and we'll answer within 60 seconds.");
  // a large line that is a whole sentence is read as one, since headings do not end in a stop.
  if (open.kind === 'heading' && !isDisplaySentence(text)) return { kind: 'heading', text, level: open.level ?? 1, location };
  return { kind: open.kind === 'heading' ? 'paragraph' : open.kind, text, location };
}

function isDisplaySentence(text: string): boolean {
  return /[^.][.!]["'”’)]?$/.test(text.trim()) && text.trim().split(/\s+/).length >= 4;
}

// Lines joined with a space, except after a soft hyphen, which only marked a break.
function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (out.endsWith('\u00AD')) out = out.slice(0, -1) + part;
    else out = out ? `${out} ${part}` : part;
  }
  return out;
}

/** The font size most characters are set in. */
function dominantSize(lines: readonly VisualLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const key = Math.round(l.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + l.text.length);
  }
  let best = lines[0]?.size ?? 12;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}

/** Maps a line to a heading level (1 = largest size) or undefined for body text. */
function headingLevels(lines: readonly VisualLine[], bodySize: number): (size: number, text: string) => number | undefined {
  const isHeadingSize = (size: number): boolean => size >= bodySize * HEADING_RATIO;
  const sizes = [...new Set(lines.filter((l) => isHeadingSize(l.size)).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  return (size, text) => {
    if (!isHeadingSize(size) || text.length > MAX_HEADING_CHARS) return undefined;
    const index = sizes.indexOf(Math.round(size));
    return Math.min(6, (index < 0 ? sizes.length : index) + 1);
  };
}

/** Per page: the left text margin, the right edge of full lines and the usual line pitch. */
function pageGeometry(lines: readonly VisualLine[], bodySize: number): Map<number | null, PageGeometry> {
  const byPage = new Map<number | null, VisualLine[]>();
  for (const l of lines) {
    const list = byPage.get(l.page);
    if (list) list.push(l);
    else byPage.set(l.page, [l]);
  }
  const result = new Map<number | null, PageGeometry>();
  for (const [page, pageLines] of byPage) {
    const body = pageLines.filter((l) => Math.abs(l.size - bodySize) <= bodySize * 0.15);
    const basis = body.length > 0 ? body : pageLines;
    const margin = Math.min(...basis.map((l) => l.left));
    const maxRight = Math.max(...basis.map((l) => l.right));
    const pitches: number[] = [];
    for (let i = 1; i < basis.length; i++) {
      const a = basis[i - 1];
      const b = basis[i];
      if (!a || !b) continue;
      const dy = b.y - a.y;
      if (dy > 0.5 * bodySize && dy < 2.5 * bodySize) pitches.push(dy);
    }
    // The lower quartile: the spacing inside paragraphs, even on a page of one-line paragraphs
    // separated by wider gaps.
    result.set(page, { margin, maxRight, pitch: Math.max(bodySize, quantile(pitches, 0.25) ?? bodySize * 1.2) });
  }
  return result;
}

function quantile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) * q)] ?? null;
}
