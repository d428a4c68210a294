/**
 * The one segmenter every reader shares: blocks in, passages out. Paragraphs become sentences;
 * list items and table cells stay whole; a list item keeps the lead-in it hangs under ("When
 * you ring us, we aim to:"), a table cell its headers, an FAQ answer its question, and any
 * other passage the heading of its section, because that is how a reader understands them.
 */
import type { PassageDraft, PassageRole } from '../../domain/types.js';
import type { Block } from './blocks.js';
import { boundLength } from './segment-bound.js';
import { splitSentences } from './segment-sentences.js';
import { cleanText } from './segment-text.js';

// Context and lead-ins are clues, not content: keep them short.
const MAX_CLUE_CHARS = 300;

/** Turns a reader's blocks into passages, in document order. */
export function blocksToPassages(blocks: readonly Block[]): PassageDraft[] {
  const out: PassageDraft[] = [];
  const state = new SectionState();
  for (const block of blocks) {
    const text = collapse(block.text);
    if (!text) continue;
    switch (block.kind) {
      case 'heading':
      case 'faq-question':
        state.heading(text, block.level ?? null, block.kind === 'faq-question' || text.endsWith('?'), block.location.path);
        emit(out, [text], 'heading', null, null, block);
        break;
      case 'paragraph':
      case 'faq-answer': {
        const own = clip(block.context);
        const question = block.kind === 'faq-answer' ? own ?? state.questionFor(block) : own ? null : state.questionFor(block);
        const sentences = splitSentences(text);
        const role: PassageRole = question ? 'faq-answer' : 'sentence';
        emit(out, sentences, role, null, question ?? own ?? state.section(block), block);
        state.paragraph(sentences[sentences.length - 1] ?? '');
        break;
      }
      case 'list-item':
        emit(out, [text], 'list-item', clip(block.leadIn) ?? state.leadIn, clip(block.context) ?? state.questionFor(block) ?? state.section(block), block);
        break;
      case 'table-cell':
        emit(out, [text], 'table-cell', clip(block.leadIn) ?? state.leadIn, cellContext(block.context, state.section(block)), block);
        break;
    }
  }
  return out;
}

// Tracks what the next passages hang under: the section heading, an open FAQ question and a
// lead-in ending with ":" that list items (and table cells) take until other text intervenes.
class SectionState {
  private headings: { level: number; text: string; landmark: string }[] = [];
  private question: string | null = null;
  // Where the question's answers may be: inside the element that holds the question.
  private questionScope: string | null = null;
  leadIn: string | null = null;

  heading(text: string, level: number | null, isQuestion: boolean, path: string | null): void {
    const lvl = level ?? 7;
    while (this.headings.length > 0 && this.headings[this.headings.length - 1]!.level >= lvl) this.headings.pop();
    this.headings.push({ level: lvl, text: clip(text)!, landmark: landmarkOf(path) });
    this.question = isQuestion ? clip(text) : null;
    this.questionScope = isQuestion ? parentScope(path) : null;
    this.leadIn = text.endsWith(':') ? clip(text) : null;
  }

  /** The open FAQ question `block` answers, if it sits where the question's answers are. */
  questionFor(block: Block): string | null {
    if (!this.question) return null;
    if (this.questionScope && block.location.path !== null && !block.location.path.includes(this.questionScope)) {
      this.question = null;
      return null;
    }
    return this.question;
  }

  paragraph(lastSentence: string): void {
    this.leadIn = lastSentence.endsWith(':') ? clip(lastSentence) : null;
  }

  /** The heading of the section `block` is in: the nearest one in the same page region. */
  section(block: Block): string | null {
    const landmark = landmarkOf(block.location.path);
    for (let i = this.headings.length - 1; i >= 0; i--) {
      if (this.headings[i]!.landmark === landmark) return this.headings[i]!.text;
    }
    return null;
  }
}

// The page region an element path is in ("footer", "header", "nav", "aside"), or "" for the main
// content: a heading in the main content says nothing about the footer's opening hours.
function landmarkOf(path: string | null): string {
  if (!path) return '';
  for (const segment of path.split(' > ')) {
    const tag = /^[a-z0-9]+/.exec(segment)?.[0];
    if (tag === 'footer' || tag === 'header' || tag === 'nav' || tag === 'aside') return tag;
  }
  return '';
}

// The last two segments of the element path of what holds a question ("div.faq > div:nth-of-type(3)"):
// its answers' paths contain them. Null when paths are not known or too short to compare.
function parentScope(path: string | null): string | null {
  if (!path) return null;
  const parts = path.split(' > ');
  parts.pop();
  return parts.length === 0 ? null : parts.slice(-2).join(' > ');
}

// A cell's headers, then the heading of the section the table is in ("Within 5 days" under
// "Replying to complaints | Our standard" in a section "What we guarantee").
function cellContext(headers: string | null | undefined, section: string | null): string | null {
  const own = clip(headers);
  if (!own) return section;
  return section && section !== own ? clip(`${own} — ${section}`) : own;
}

function emit(
  out: PassageDraft[],
  texts: readonly string[],
  role: PassageRole,
  leadIn: string | null,
  context: string | null,
  block: Block,
): void {
  for (const text of texts) {
    for (const piece of boundLength(text)) {
      out.push({ text: piece, role, leadIn, context, location: block.location, boilerplate: false });
    }
  }
}

// Collapses whitespace and drops control characters, as the visible text of a page is defined.
function collapse(text: string): string {
  return cleanText(text);
}

function clip(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = collapse(text);
  if (!t) return null;
  return t.length > MAX_CLUE_CHARS ? `${t.slice(0, MAX_CLUE_CHARS - 1)}…` : t;
}
