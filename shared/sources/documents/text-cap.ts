/** Bounds the text documents (Markdown, TXT) that readers parse line by line. */
import { MAX_TEXT_CHARS } from './limits.js';

/** Keeps the first MAX_TEXT_CHARS characters, with a warning when it had to cut. */
export function capText(source: string): { text: string; warnings: string[] } {
  if (source.length <= MAX_TEXT_CHARS) return { text: source, warnings: [] };
  return {
    text: source.slice(0, MAX_TEXT_CHARS),
    warnings: [`document is longer than ${MAX_TEXT_CHARS.toLocaleString('en-GB')} characters; only the first part was read`],
  };
}
