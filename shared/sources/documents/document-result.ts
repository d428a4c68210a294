/**
 * The last step every reader shares: blocks through the one segmenter into passages, and the
 * ReadDocument around them.
 */
import type { ReadDocument, SourceFormat, SourceKind } from '../../domain/types.js';
import type { Block } from './blocks.js';
import { displayName } from './document-error.js';
import { blocksToPassages } from './segment.js';

/** What a reader knows about a document besides its blocks. */
export interface DocumentMeta {
  readonly uri: string;
  readonly kind: SourceKind;
  readonly format: SourceFormat;
  /** The document's own title (PDF metadata); empty when it has none. */
  readonly title?: string;
  readonly pageCount?: number | null;
}

const MAX_TITLE_CHARS = 300;

/** Segments `blocks` into passages and wraps them as a ReadDocument. */
export function toReadDocument(meta: DocumentMeta, blocks: readonly Block[], warnings: readonly string[] = []): ReadDocument {
  const passages = blocksToPassages(blocks);
  const all = [...warnings];
  if (passages.length === 0) all.push('no text was found in this document');
  return {
    uri: meta.uri,
    kind: meta.kind,
    format: meta.format,
    title: chooseTitle(meta, blocks),
    pageCount: meta.pageCount ?? null,
    passages,
    warnings: all,
  };
}

// The document's own title; else the heading it opens with; else its top-level heading; else the file name.
function chooseTitle(meta: DocumentMeta, blocks: readonly Block[]): string {
  const own = meta.title?.replace(/\s+/g, ' ').trim();
  if (own) return own.slice(0, MAX_TITLE_CHARS);
  const headings = blocks.filter((b) => b.kind === 'heading');
  const top = Math.min(...headings.map((h) => h.level ?? 6));
  const heading = blocks[0]?.kind === 'heading' ? blocks[0] : headings.find((h) => (h.level ?? 6) === top);
  const text = heading?.text.replace(/\s+/g, ' ').trim();
  return (text || displayName(meta.uri)).slice(0, MAX_TITLE_CHARS);
}
