/**
 * A small Markdown block parser (CommonMark's block structure plus GFM tables) that yields
 * blocks, not HTML: ATX and setext headings, paragraphs, bullet and ordered lists (nested
 * items keep their parent item as lead-in), block quotes, tables (each body cell keeps its
 * column and row header as context). Code blocks, front matter, HTML comments and thematic
 * breaks carry no prose and are skipped. Every block records its 1-based source line.
 */
import type { Block } from './blocks.js';
import { markdownInlineToText } from './markdown-inline.js';

interface SourceLine {
  readonly text: string;
  /** 1-based line number in the file. */
  readonly no: number;
}

const MAX_NESTING = 16;

const ATX_RE = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_RE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_RE = /^ {0,3}(=+|-+)[ \t]*$/;
const QUOTE_RE = /^ {0,3}> ?(.*)$/;
const LIST_RE = /^( {0,3})([-+*]|\d{1,9}[.)])(?:([ \t]+)(.*))?$/;
const TABLE_DELIMITER_RE = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const INDENTED_CODE_RE = /^(?: {4}|\t)/;
const TASK_RE = /^\[[ xX]\][ \t]+/;

/** The blocks of a Markdown document. */
export function markdownToBlocks(source: string): Block[] {
  const lines = source.split(/\r\n|\r|\n/).map((text, i) => ({ text: text.replace(/\t/g, '    '), no: i + 1 }));
  const out: Block[] = [];
  parseBlocks(skipFrontMatter(lines), 0, null, out);
  return out;
}

function skipFrontMatter(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (lines[0]?.text.trim() !== '---') return lines;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const t = lines[i]?.text.trim();
    if (t === '---' || t === '...') return lines.slice(i + 1);
  }
  return lines;
}

/** Parses `lines` into `out`; `leadIn` is the parent list item's text for nested content. */
function parseBlocks(lines: readonly SourceLine[], depth: number, leadIn: string | null, out: Block[]): void {
  let paragraph: SourceLine[] = [];
  const flushParagraph = (): void => {
    if (paragraph.length > 0) pushText(out, 'paragraph', paragraph, leadIn);
    paragraph = [];
  };

  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    const text = line.text;
    if (text.trim() === '') {
      flushParagraph();
      i++;
      continue;
    }
    const setext = paragraph.length > 0 ? SETEXT_RE.exec(text) : null;
    if (setext) {
      const level = setext[1]?.startsWith('=') ? 1 : 2;
      pushHeading(out, paragraph, level);
      paragraph = [];
      i++;
      continue;
    }
    const fence = FENCE_RE.exec(text);
    if (fence) {
      flushParagraph();
      i = skipFence(lines, i, fence[1] ?? '```');
      continue;
    }
    const atx = ATX_RE.exec(text);
    if (atx) {
      flushParagraph();
      const body = (atx[2] ?? '').replace(/[ \t]+#+[ \t]*$/, '').replace(/^#+[ \t]*$/, '');
      pushHeading(out, [{ text: body, no: line.no }], atx[1]?.length ?? 1);
      i++;
      continue;
    }
    if (THEMATIC_RE.test(text)) {
      flushParagraph();
      i++;
      continue;
    }
    if (paragraph.length === 0 && INDENTED_CODE_RE.test(text)) {
      while (i < lines.length && (INDENTED_CODE_RE.test(lines[i]?.text ?? '') || lines[i]?.text.trim() === '')) i++;
      continue;
    }
    if (/^ {0,3}<!--/.test(text)) {
      flushParagraph();
      i = skipHtmlComment(lines, i);
      continue;
    }
    const quote = QUOTE_RE.exec(text);
    if (quote && depth < MAX_NESTING) {
      flushParagraph();
      const inner: SourceLine[] = [];
      while (i < lines.length) {
        const q = QUOTE_RE.exec(lines[i]?.text ?? '');
        if (!q) break;
        inner.push({ text: q[1] ?? '', no: (lines[i] as SourceLine).no });
        i++;
      }
      parseBlocks(inner, depth + 1, leadIn, out);
      continue;
    }
    const next = lines[i + 1];
    if (text.includes('|') && next && TABLE_DELIMITER_RE.test(next.text) && next.text.includes('|')) {
      flushParagraph();
      i = parseTable(lines, i, out);
      continue;
    }
    const item = LIST_RE.exec(text);
    if (item && depth < MAX_NESTING && canStartList(item, paragraph.length > 0)) {
      flushParagraph();
      i = parseList(lines, i, depth, leadIn, out);
      continue;
    }
    paragraph.push(line);
    i++;
  }
  flushParagraph();
}

// CommonMark: an empty item or an ordered list not starting at 1 cannot interrupt a paragraph.
function canStartList(item: RegExpExecArray, interruptsParagraph: boolean): boolean {
  const content = item[4] ?? '';
  if (!interruptsParagraph) return true;
  if (content.trim() === '') return false;
  const marker = item[2] ?? '';
  return !/^\d/.test(marker) || /^1[.)]$/.test(marker);
}

/** Parses the list starting at `start`; returns the index after it. */
function parseList(lines: readonly SourceLine[], start: number, depth: number, leadIn: string | null, out: Block[]): number {
  let i = start;
  while (i < lines.length) {
    const first = lines[i] as SourceLine;
    const m = LIST_RE.exec(first.text);
    if (!m) break;
    const spacing = m[3] ?? ' ';
    // Content starting 5+ spaces after the marker is indented code; the item's indent is marker + 1 then.
    const contentIndent = (m[1]?.length ?? 0) + (m[2]?.length ?? 0) + (spacing.length > 4 ? 1 : spacing.length || 1);
    const itemLines: SourceLine[] = [{ text: (m[4] ?? '').replace(TASK_RE, ''), no: first.no }];
    i++;
    let blankRun = 0;
    while (i < lines.length) {
      const line = lines[i] as SourceLine;
      if (line.text.trim() === '') {
        blankRun++;
        itemLines.push({ text: '', no: line.no });
        i++;
        continue;
      }
      const indent = line.text.length - line.text.trimStart().length;
      if (indent >= contentIndent) {
        itemLines.push({ text: line.text.slice(contentIndent), no: line.no });
      } else if (blankRun === 0 && !startsBlock(line.text)) {
        // A lazy continuation line of the item's paragraph.
        itemLines.push({ text: line.text.trimStart(), no: line.no });
      } else {
        break;
      }
      blankRun = 0;
      i++;
    }
    while (itemLines.length > 1 && itemLines.at(-1)?.text === '') itemLines.pop();
    if (blankRun > 0) i -= blankRun;
    pushItem(itemLines, depth, leadIn, out);
    // Blank lines between items keep the list going; anything else after them ends it.
    let next = i;
    while (next < lines.length && lines[next]?.text.trim() === '') next++;
    if (next > i && (next >= lines.length || !LIST_RE.test(lines[next]?.text ?? ''))) return i;
    i = next;
  }
  return i;
}

// The item's first paragraph is the list item; anything nested under it hangs under its text.
function pushItem(itemLines: readonly SourceLine[], depth: number, leadIn: string | null, out: Block[]): void {
  const inner: Block[] = [];
  parseBlocks(itemLines, depth + 1, null, inner);
  const [head, ...rest] = inner;
  if (!head) return;
  const itemText = head.text;
  out.push({ ...head, kind: head.kind === 'heading' ? 'heading' : 'list-item', ...(leadIn ? { leadIn } : {}) });
  for (const block of rest) {
    out.push(block.kind === 'list-item' && !block.leadIn ? { ...block, leadIn: itemText } : block);
  }
}

function startsBlock(text: string): boolean {
  return ATX_RE.test(text) || FENCE_RE.test(text) || QUOTE_RE.test(text) || LIST_RE.test(text) || THEMATIC_RE.test(text);
}

/** Parses a GFM table starting at its header row; returns the index after it. */
function parseTable(lines: readonly SourceLine[], start: number, out: Block[]): number {
  const headers = splitRow(lines[start]?.text ?? '');
  let i = start + 2;
  while (i < lines.length) {
    const line = lines[i] as SourceLine;
    if (line.text.trim() === '' || !line.text.includes('|')) break;
    const cells = splitRow(line.text);
    const rowHeader = cells[0] ?? '';
    cells.forEach((cell, col) => {
      if (cell === '') return;
      const columnHeader = headers[col] ?? '';
      // The same shape the HTML reader gives a cell's context: "row label | column header".
      const context = [col === 0 ? '' : rowHeader, columnHeader].filter(Boolean).join(' | ');
      out.push({ kind: 'table-cell', text: cell, context: context || null, location: at(line.no) });
    });
    i++;
  }
  return i;
}

function splitRow(text: string): string[] {
  let row = text.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let k = 0; k < row.length; k++) {
    const ch = row[k];
    if (ch === '\\' && row[k + 1] === '|') {
      cell += '|';
      k++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += ch;
    }
  }
  cells.push(cell);
  return cells.map((c) => clean(c));
}

function skipFence(lines: readonly SourceLine[], start: number, fence: string): number {
  const closer = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  let i = start + 1;
  while (i < lines.length && !closer.test(lines[i]?.text ?? '')) i++;
  return i + 1;
}

function skipHtmlComment(lines: readonly SourceLine[], start: number): number {
  let i = start;
  while (i < lines.length && !(lines[i]?.text ?? '').includes('-->')) i++;
  return i + 1;
}

function pushText(out: Block[], kind: 'paragraph', lines: readonly SourceLine[], leadIn: string | null): void {
  const text = clean(lines.map((l) => l.text).join('\n'));
  if (text === '' || !lines[0]) return;
  out.push({ kind, text, location: at(lines[0].no), ...(leadIn ? { leadIn } : {}) });
}

function pushHeading(out: Block[], lines: readonly SourceLine[], level: number): void {
  const text = clean(lines.map((l) => l.text).join('\n'));
  if (text === '' || !lines[0]) return;
  out.push({ kind: 'heading', text, level, location: at(lines[0].no) });
}

function clean(text: string): string {
  return markdownInlineToText(text).replace(/\s+/g, ' ').trim();
}

function at(line: number): Block['location'] {
  return { page: null, path: null, line };
}
