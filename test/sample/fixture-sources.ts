/** Reads every text source of a fixture company (its pages and documents) into visible text. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Fixture } from './expected-schema.js';
import { docxText, pdfPageTexts, visibleHtmlText } from './source-text.js';

/** One source's visible text; `pages` is set for paged documents (PDF). */
export interface SourceText {
  readonly file: string;
  readonly text: string;
  readonly pages: readonly string[] | null;
}

/** Every page (crawlable or not) and document of the fixture, keyed by its file path. */
export async function readFixtureSources(fixture: Fixture): Promise<Map<string, SourceText>> {
  const { expected, dir } = fixture;
  const sources = new Map<string, SourceText>();
  const htmlFiles = [...expected.site.pages, ...expected.site.robotsExcluded].map((p) => p.file);
  for (const file of htmlFiles) {
    const text = visibleHtmlText(await readFile(path.join(dir, file), 'utf8'));
    sources.set(file, { file, text, pages: null });
  }
  for (const doc of expected.documents) {
    const absolute = path.join(dir, doc.file);
    if (doc.format === 'pdf') {
      const pages = await pdfPageTexts(absolute);
      sources.set(doc.file, { file: doc.file, text: pages.join(' '), pages });
    } else {
      sources.set(doc.file, { file: doc.file, text: await docxText(absolute), pages: null });
    }
  }
  return sources;
}
