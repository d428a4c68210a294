/**
 * Finds the structure of a plain-text document: paragraphs are separated by blank lines and
 * their hard-wrapped lines joined; a line starting with a bullet or number is a list item
 * (its wrapped lines follow, indented or not yet at a sentence end); an underlined line
 * ("=====" or "-----"), or a short line in capitals standing alone (or up to three of them
 * together), is a heading.
 */
import type { Block } from './blocks.js';
import { parseListMarker } from './bullets.js';

interface OpenBlock {
  kind: 'paragraph' | 'list-item';
  parts: string[];
  line: number;
  /** Column where a list item's text starts, for telling its wrapped lines apart. */
  textColumn: number;
}

const UNDERLINE_RE = /^\s{0,3}(=+|-+)\s*$/;
const SENTENCE_END_RE = /[.!?:;]["')\]]?$/;
const MAX_HEADING_CHARS = 80;

/** The blocks of a plain-text document, each with its 1-based first line. */
export function textToBlocks(source: string): Block[] {
  const lines = source.split(/\r\n|\r|\n/).map((l) => l.replace(/\t/g, '    ').replace(/\s+$/, ''));
  const out: Block[] = [];
  let group: { text: string; no: number }[] = [];
  const flushGroup = (): void => {
    if (group.length > 0) groupToBlocks(group, out);
    group = [];
  };
  lines.forEach((text, i) => {
    if (text.trim() === '') flushGroup();
    else group.push({ text, no: i + 1 });
  });
  flushGroup();
  return out;
}

function groupToBlocks(group: readonly { text: string; no: number }[], out: Block[]): void {
  const first = group[0];
  const second = group[1];
  if (first && second && group.length === 2 && UNDERLINE_RE.test(second.text) && !parseListMarker(first.text)) {
    out.push({ kind: 'heading', text: collapse(first.text), level: second.text.trim().startsWith('=') ? 1 : 2, location: at(first.no) });
    return;
  }
  if (first && group.length <= 3 && group.every((l) => looksLikeHeading(l.text))) {
    out.push({ kind: 'heading', text: collapse(group.map((l) => l.text).join(' ')), level: 2, location: at(first.no) });
    return;
  }
  let open: OpenBlock | null = null;
  const flush = (): void => {
    if (open) out.push({ kind: open.kind, text: collapse(open.parts.join(' ')), location: at(open.line) });
    open = null;
  };
  for (const { text, no } of group) {
    if (UNDERLINE_RE.test(text) && text.trim().length >= 3) continue;
    const indent = text.length - text.trimStart().length;
    const marker = parseListMarker(text);
    const current: OpenBlock | null = open;
    if (marker) {
      flush();
      open = { kind: 'list-item', parts: [marker.rest], line: no, textColumn: text.length - marker.rest.length };
    } else if (current && continues(current, text, indent)) {
      current.parts.push(text.trim());
    } else {
      flush();
      open = { kind: 'paragraph', parts: [text.trim()], line: no, textColumn: indent };
    }
  }
  flush();
}

function continues(open: OpenBlock, text: string, indent: number): boolean {
  if (open.kind === 'paragraph') return true;
  // A list item's wrapped line is indented under its text, or goes on an unfinished sentence.
  return indent >= open.textColumn - 1 || !SENTENCE_END_RE.test(open.parts.at(-1) ?? '');
}

function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_HEADING_CHARS || SENTENCE_END_RE.test(t) || /,$/.test(t)) return false;
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function at(line: number): Block['location'] {
  return { page: null, path: null, line };
}
