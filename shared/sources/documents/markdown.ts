/**
 * Reads a Markdown policy into passages with line numbers, through the small block parser in
 * markdown-blocks.ts (no HTML is rendered on the way).
 */
import type { ReadDocument, SourceKind } from '../../domain/types.js';
import { toReadDocument } from './document-result.js';
import { markdownToBlocks } from './markdown-blocks.js';
import { capText } from './text-cap.js';

/** Reads Markdown `source` (already decoded); `uri` names it in passages. */
export function readMarkdown(source: string, uri: string, kind: SourceKind = 'policy'): ReadDocument {
  const { text, warnings } = capText(source);
  return toReadDocument({ uri, kind, format: 'markdown', pageCount: null }, markdownToBlocks(text), warnings);
}
