/**
 * Reads a plain-text policy into passages with line numbers: paragraphs separated by blank
 * lines, bullets and numbered items as list items, underlined or capitalised lines as headings.
 */
import type { ReadDocument, SourceKind } from '../../domain/types.js';
import { toReadDocument } from './document-result.js';
import { textToBlocks } from './text-blocks.js';
import { capText } from './text-cap.js';

/** Reads plain-text `source` (already decoded); `uri` names it in passages. */
export function readText(source: string, uri: string, kind: SourceKind = 'policy'): ReadDocument {
  const { text, warnings } = capText(source);
  return toReadDocument({ uri, kind, format: 'text', pageCount: null }, textToBlocks(text), warnings);
}
