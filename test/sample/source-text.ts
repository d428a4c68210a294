/**
 * The "visible text" of each kind of fixture source, following the rules of
 * shared/corpus/promises/README.md: what quotes in expected.json are matched against.
 */
import { readFile } from 'node:fs/promises';
import { Parser } from 'htmlparser2';
import mammoth from 'mammoth';

const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template']);

/** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** HTML without comments and hidden blocks, every tag a space, entities decoded, whitespace collapsed. */
export function visibleHtmlText(html: string): string {
  const parts: string[] = [];
  let hiddenDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hiddenDepth++;
        parts.push(' ');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        parts.push(' ');
      },
      ontext(text) {
        if (hiddenDepth === 0) parts.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return collapse(parts.join(''));
}

/** The text of each page of a PDF (1-based index = position + 1), whitespace collapsed. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(file));
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : ''))
        .join('');
      pages.push(collapse(text));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/** The raw text of a DOCX, whitespace collapsed. */
export async function docxText(file: string): Promise<string> {
  const { value } = await mammoth.extractRawText({ path: file });
  return collapse(value);
}

/** How many times `needle` occurs in `haystack` (non-overlapping, case-sensitive). */
export function occurrences(haystack: string, needle: string): number {
  if (needle === '') throw new Error('empty quote');
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}
