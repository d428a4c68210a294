/**
 * The common shape every reader produces before segmentation: a document as an ordered list
 * of blocks (headings, paragraphs, list items, table cells, FAQ questions/answers). One
 * segmenter (`segment.ts`, `blocksToPassages`) turns blocks into passages for every format,
 * so sentence splitting and lead-in handling behave the same for HTML, PDF, DOCX, Markdown,
 * text and OCR.
 */
import type { Location } from '../../domain/types.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-cell' | 'faq-question' | 'faq-answer';

export interface Block {
  readonly kind: BlockKind;
  /** The block's visible text (whitespace may be uncollapsed; the segmenter collapses it). */
  readonly text: string;
  /** Heading level 1-6 for headings. */
  readonly level?: number;
  readonly location: Location;
  /**
   * For list items: the lead-in they hang under ("If you phone us, we will:") when the reader
   * knows it structurally; otherwise the segmenter infers it from the preceding block.
   */
  readonly leadIn?: string | null;
  /** For table cells: the column/row headers; for FAQ answers: the question. */
  readonly context?: string | null;
}
