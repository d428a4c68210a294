/**
 * `promise-audit extract`: files, folders and URLs -> claims, without a workspace. URLs are
 * crawled politely (robots.txt honoured), up to maxPages from each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Claim, ReadDocument, SourcedPassage } from '../domain/types.js';
import { CrawlOptionsSchema } from '../domain/settings.js';
import { crawl, memoryStore, storedDocuments } from '../sources/crawl/crawler.js';
import { readDocumentFile } from '../sources/documents/read-document.js';
import { markBoilerplate } from '../sources/documents/boilerplate.js';
import { extractClaims } from '../extract/extract.js';

/** File types `extract` reads from a folder (a named file is always tried, whatever its name). */
export const DOCUMENT_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.pdf', '.docx', '.md', '.markdown', '.txt', '.png', '.jpg', '.jpeg']);
const MAX_FOLDER_FILES = 10_000;

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

function filesUnder(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) filesUnder(p, out);
    else if (entry.isFile() && DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(p);
    if (out.length > MAX_FOLDER_FILES) throw new InputError(`${dir} holds more than ${MAX_FOLDER_FILES} documents; point at a smaller folder`);
  }
}

export interface ExtractInputsOptions {
  readonly maxPages?: number;
  readonly onProgress?: (message: string) => void;
  readonly onWarning?: (message: string) => void;
  readonly signal?: AbortSignal;
}

/** Reads every input and returns the claims found, each with every place it occurs. */
export async function extractFromInputs(inputs: readonly string[], opts: ExtractInputsOptions = {}): Promise<Claim[]> {
  const docs: ReadDocument[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      let url: URL;
      try {
        url = new URL(input);
      } catch {
        throw new InputError(`"${input}" is not a valid URL`);
      }
      opts.onProgress?.(`crawling ${url.href}`);
      const store = memoryStore();
      const summary = await crawl(
        CrawlOptionsSchema.parse({ startUrls: [url.href], maxPages: opts.maxPages ?? 1, delayMs: 0 }),
        store,
        {},
        opts.signal,
      );
      for (const f of summary.failures.slice(0, 20)) opts.onWarning?.(`${f.url}: ${f.reason}`);
      if (summary.robotsExcluded.includes(url.href)) opts.onWarning?.(`${url.href}: robots.txt disallows it; not read`);
      docs.push(...storedDocuments(store));
      continue;
    }
    const path = resolve(input);
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new InputError(`no such file or folder: ${input}`);
    }
    const files: string[] = [];
    if (st.isDirectory()) filesUnder(path, files);
    else files.push(path);
    for (const f of files) {
      opts.onProgress?.(`reading ${f}`);
      try {
        const doc = await readDocumentFile(readFileSync(f), f);
        docs.push(doc);
        for (const w of doc.warnings) opts.onWarning?.(`${f}: ${w}`);
      } catch (err) {
        // A named file that cannot be read is bad input; one bad file in a folder is a warning.
        if (!st.isDirectory()) throw new InputError((err as Error).message);
        opts.onWarning?.((err as Error).message);
      }
    }
  }
  const passages: SourcedPassage[] = [];
  for (const d of docs) for (const p of d.passages) passages.push({ ...p, uri: d.uri, kind: d.kind });
  return extractClaims(markBoilerplate(passages)).map((c) => ({ id: c.key, ...c }));
}
