/**
 * Turns a parsed page into blocks: headings, paragraphs (including the direct text of a <div>,
 * and each <br>-separated line of an opening-hours block), list items with the lead-in of their
 * parent item, table cells with their headers, definition lists and <details> as questions with
 * answers. Navigation, headers and footers are read like everything else: footers hold opening
 * hours, which are promises; deciding what is boilerplate is done elsewhere.
 */
import type { Block, BlockKind } from './blocks.js';
import { BLOCK, BR, type DomNode, elementChildren, flattenText, hasDescendant, isElement, isInvisible } from './html-dom.js';
import { readTable } from './html-table.js';
import { collapseWhitespace } from './segment-text.js';

// Deeper than any real page; below this the subtree is read as plain text, without recursion.
const MAX_DEPTH = 150;
const MAX_PATH_SEGMENTS = 8;
const LIST = new Set(['ul', 'ol', 'menu', 'dir', 'dl', 'table']);
// Text between links that does not make a row of links prose ("Home | About · Contact").
const SEPARATORS = /^[\s|·•/\\>›»,–—-]*$/;
// Classes and ids that mark an FAQ question written as a <div>, <p> or <button>.
const QUESTION_CLASS = /(?:faq|question|accordion|toggle|collapsible)/i;

/** What the blocks inside a container hang under. */
interface Frame {
  /** Explicit context: the <dt> of a <dd>, the <summary> of <details>. */
  readonly context: string | null;
  /** True inside the answer of an FAQ (a <dd> under a question, an open <details>). */
  readonly answer: boolean;
  /** The lead-in of nested list items: their parent item's text when it ends with ":". */
  readonly leadIn: string | null;
}

const TOP: Frame = { context: null, answer: false, leadIn: null };

/** The blocks of a parsed page, in reading order. */
export function htmlBlocks(root: DomNode): Block[] {
  const walker = new Walker();
  walker.container(root, [], TOP, 0);
  return walker.blocks;
}

class Walker {
  readonly blocks: Block[] = [];
  private buffer: string[] = [];
  // The links of the paragraph being gathered, and whether it has any text besides them: a row
  // of three or more bare links (a menu, a footer's legal links) is read one link per block.
  private links: string[] = [];
  private prose = false;

  // Reads a block container: text and inline elements gather into a paragraph, which is
  // emitted whenever a block element interrupts it and at the end.
  container(node: DomNode, path: readonly string[], frame: Frame, depth: number): void {
    this.children(node, path, frame, depth);
    this.flush(path, frame);
  }

  private children(node: DomNode, path: readonly string[], frame: Frame, depth: number): void {
    const kids = node.children ?? [];
    const counts = tagCounts(kids);
    const seen = new Map<string, number>();
    for (const kid of kids) {
      if (kid.type === 'text') {
        this.buffer.push(kid.data ?? '');
        if (!this.prose && !SEPARATORS.test(kid.data ?? '')) this.prose = true;
        continue;
      }
      if (isInvisible(kid) || !isElement(kid)) continue;
      const name = kid.name ?? '';
      const nth = (seen.get(name) ?? 0) + 1;
      seen.set(name, nth);
      const kidPath = extend(path, kid, nth, counts.get(name) ?? 1);
      if (depth >= MAX_DEPTH) this.buffer.push(' ', flattenText(kid), ' ');
      else if (name === 'br') this.buffer.push(BR);
      else if (BLOCK.has(name)) {
        this.flush(path, frame);
        this.block(kid, kidPath, frame, depth + 1);
      } else if (name === 'a' && !hasDescendant(kid, (n) => BLOCK.has(n.name ?? ''))) {
        const text = flattenText(kid);
        this.buffer.push(' ', text, ' ');
        if (text.trim()) this.links.push(text);
      } else {
        // Inline element: its text joins the paragraph; a block inside it still breaks it.
        this.buffer.push(' ');
        this.children(kid, path, frame, depth + 1);
        this.buffer.push(' ');
      }
    }
  }

  private block(el: DomNode, path: readonly string[], frame: Frame, depth: number): void {
    const name = el.name ?? '';
    const level = /^h([1-6])$/.exec(name);
    if (level) return this.emitHeading(el, path, Number(level[1]));
    switch (name) {
      case 'p':
      case 'pre':
        return this.paragraph(flattenText(el), path, frame, el);
      case 'li':
        return this.listItem(el, path, frame, depth);
      case 'table':
        return this.table(el, path, frame, depth);
      case 'dl':
        return this.definitions(el, path, frame, depth);
      case 'details':
        return this.details(el, path, frame, depth);
      case 'hr':
        return;
      default:
        if (QUESTION_CLASS.test(label(el)) && !hasDescendant(el, (n) => BLOCK.has(n.name ?? ''))) {
          const text = flattenText(el);
          if (questionLike(el, text)) return this.push('faq-question', text, path, {});
        }
        return this.container(el, path, frame, depth);
    }
  }

  private emitHeading(el: DomNode, path: readonly string[], level: number): void {
    const text = flattenText(el);
    const kind: BlockKind = text.trim().endsWith('?') ? 'faq-question' : 'heading';
    this.push(kind, text, path, { level });
  }

  // A list item is kept whole, without its nested lists, which follow it with its text as lead-in.
  private listItem(li: DomNode, path: readonly string[], frame: Frame, depth: number): void {
    const text = flattenText(li, (n) => LIST.has(n.name ?? ''));
    const leadIn = frame.leadIn;
    this.push('list-item', text, path, { leadIn, context: frame.context });
    const nested = findNested(li);
    if (nested.length === 0) return;
    const own = collapseWhitespace(text);
    const inner: Frame = { ...frame, leadIn: own.endsWith(':') ? own : leadIn };
    for (const n of nested) this.block(n.node, [...path, ...n.rel], inner, depth + 1);
  }

  private table(table: DomNode, path: readonly string[], frame: Frame, depth: number): void {
    const caption = elementChildren(table).find((c) => c.name === 'caption');
    if (caption) this.push('heading', flattenText(caption), [...path, 'caption'], { level: 6 });
    for (const cell of readTable(table)) {
      const cellPath = [...path, `tr:nth-of-type(${cell.row})`, `${cell.node.name}:nth-of-type(${cell.col})`];
      // A layout table: the cell holds paragraphs or lists of its own, so it is read as a page region.
      if (hasDescendant(cell.node, (n) => BLOCK.has(n.name ?? '') && n.name !== 'br')) {
        this.container(cell.node, cellPath, frame, depth + 1);
      } else {
        this.push('table-cell', cell.text, cellPath, { context: cell.context ?? frame.context, leadIn: frame.leadIn });
      }
    }
  }

  // <dt> terms are read as headings (or questions); each <dd> carries its term as context, and
  // is an FAQ answer when the term is a question.
  private definitions(dl: DomNode, path: readonly string[], frame: Frame, depth: number): void {
    let term: string | null = null;
    const counts = tagCounts(dl.children ?? []);
    const seen = new Map<string, number>();
    for (const kid of elementChildren(dl)) {
      if (isInvisible(kid)) continue;
      const name = kid.name ?? '';
      const nth = (seen.get(name) ?? 0) + 1;
      seen.set(name, nth);
      const kidPath = extend(path, kid, nth, counts.get(name) ?? 1);
      if (name === 'dt') {
        term = collapseWhitespace(flattenText(kid)) || null;
        if (term) this.push(term.endsWith('?') ? 'faq-question' : 'heading', term, kidPath, {});
      } else if (name === 'dd') {
        this.container(kid, kidPath, { context: term, answer: !!term?.endsWith('?'), leadIn: null }, depth + 1);
      } else {
        this.block(kid, kidPath, frame, depth + 1);
      }
    }
  }

  private details(el: DomNode, path: readonly string[], frame: Frame, depth: number): void {
    const summary = elementChildren(el).find((c) => c.name === 'summary');
    const question = summary ? collapseWhitespace(flattenText(summary)) : '';
    if (summary) this.push(question.endsWith('?') ? 'faq-question' : 'paragraph', question, [...path, 'summary'], {});
    const body: DomNode = { type: 'tag', name: 'details', children: (el.children ?? []).filter((c) => c !== summary) };
    this.container(body, path, { context: question || frame.context, answer: question.endsWith('?'), leadIn: null }, depth + 1);
  }

  private flush(path: readonly string[], frame: Frame): void {
    if (this.buffer.length === 0) return;
    const text = this.buffer.join('');
    const links = this.links;
    const linkRow = links.length >= 3 && !this.prose;
    this.buffer = [];
    this.links = [];
    this.prose = false;
    if (linkRow) for (const link of links) this.paragraph(link, path, frame, null);
    else this.paragraph(text, path, frame, null);
  }

  // One paragraph per <br>-separated line, except that a line continuing a sentence (no closing
  // punctuation before the break, lower case after it) is joined back to its predecessor.
  private paragraph(text: string, path: readonly string[], frame: Frame, el: DomNode | null): void {
    if (!text.trim()) return;
    if (el && questionLike(el, text)) return this.push('faq-question', text, path, {});
    const kind: BlockKind = frame.answer ? 'faq-answer' : 'paragraph';
    for (const line of brLines(text)) this.push(kind, line, path, { context: frame.context });
  }

  private push(
    kind: BlockKind,
    text: string,
    path: readonly string[],
    extra: { level?: number; leadIn?: string | null; context?: string | null },
  ): void {
    const clean = collapseWhitespace(text);
    if (!clean) return;
    const location = { page: null, path: path.slice(-MAX_PATH_SEGMENTS).join(' > ') || null, line: null };
    this.blocks.push({ kind, text: clean, location, ...extra });
  }
}

// Splits at <br> newlines, joining a line back when the sentence plainly runs on across the break.
function brLines(text: string): string[] {
  const lines = text.split(BR).map(collapseWhitespace).filter(Boolean);
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[.!?:;)]$/.test(prev) && /^\p{Ll}/u.test(line)) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

// A short question marked up as one: an FAQ/accordion class, or a paragraph that is all bold.
function questionLike(el: DomNode, raw: string): boolean {
  if (raw.length > 1000) return false;
  const text = collapseWhitespace(raw);
  if (!text.endsWith('?') || text.length > 200 || /[.!?]\s/.test(text.slice(0, -1))) return false;
  if (QUESTION_CLASS.test(label(el))) return true;
  const kids = (el.children ?? []).filter((k) => !(k.type === 'text' && !(k.data ?? '').trim()));
  return kids.length === 1 && isElement(kids[0]!) && /^(?:strong|b)$/.test(kids[0]!.name ?? '');
}

function label(el: DomNode): string {
  return `${el.attribs?.class ?? ''} ${el.attribs?.id ?? ''}`;
}

// The nested lists/tables of a list item, without entering them, with their path below the item.
function findNested(li: DomNode): { node: DomNode; rel: string[] }[] {
  const out: { node: DomNode; rel: string[] }[] = [];
  const stack: { node: DomNode; rel: string[] }[] = elementChildren(li).map((node) => ({ node, rel: [node.name ?? ''] }));
  while (stack.length > 0 && out.length < 100) {
    const item = stack.shift()!;
    if (isInvisible(item.node)) continue;
    if (LIST.has(item.node.name ?? '')) out.push(item);
    else for (const k of elementChildren(item.node)) stack.push({ node: k, rel: [...item.rel, k.name ?? ''] });
  }
  return out;
}

function tagCounts(kids: readonly DomNode[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of kids) if (isElement(k)) counts.set(k.name ?? '', (counts.get(k.name ?? '') ?? 0) + 1);
  return counts;
}

// The path below `path` to `el`: an id restarts it ("#content"), siblings of one tag get an index.
function extend(path: readonly string[], el: DomNode, nth: number, count: number): string[] {
  const name = el.name ?? '';
  const id = el.attribs?.id;
  if (id && /^[A-Za-z][\w-]{0,60}$/.test(id)) return [`${name}#${id}`];
  if (name === 'html' || name === 'body') return [];
  return [...path, count > 1 ? `${name}:nth-of-type(${nth})` : name];
}
