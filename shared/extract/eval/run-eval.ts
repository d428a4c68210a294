/**
 * Runs the extractor over every page a gold file labels and scores it: what `npm run eval`
 * and the corpus test both call.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SourcedPassage } from '../../domain/types.js';
import { readHtml } from '../../sources/documents/html.js';
import { extractClaims } from '../extract.js';
import { parseGold } from './gold.js';
import { type DocumentScore, type Summary, scoreDocument, summarise } from './score.js';

/** A whole evaluation: per document and in total. */
export interface EvalResult {
  readonly goldFile: string;
  readonly documents: DocumentScore[];
  readonly summary: Summary;
}

/** Reads `goldPath` and the pages it names (relative to it), extracts claims and scores them. */
export async function runEval(goldPath: string): Promise<EvalResult> {
  const path = resolve(goldPath);
  const gold = parseGold(await readFile(path, 'utf8'), goldPath);
  const documents: DocumentScore[] = [];
  for (const doc of gold.documents) {
    const file = resolve(dirname(path), doc.file);
    if (!/\.x?html?$/i.test(file)) throw new Error(`${goldPath}: ${doc.file}: only HTML pages can be evaluated`);
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch (err) {
      throw new Error(`${goldPath}: ${doc.file}: cannot read the page (${err instanceof Error ? err.message : String(err)})`);
    }
    const uri = pathToFileURL(file).href;
    const page = readHtml(html, uri, 'page');
    const passages: SourcedPassage[] = page.doc.passages.map((p) => ({ ...p, uri, kind: 'page' }));
    documents.push(scoreDocument(doc, extractClaims(passages)));
  }
  const distractors = gold.documents.reduce((s, d) => s + d.non_promises.length, 0);
  return { goldFile: goldPath, documents, summary: summarise(documents, distractors) };
}
