/**
 * Finds on which page of a printed report each section starts. Chromium writes a named
 * destination for every in-document link target, so the contents' links tell us: read from
 * the PDF's object table directly when it is laid out as Chromium writes it, else by pdf.js.
 * When a printer writes no destinations, each section's heading is looked for page by page.
 */
import type { ReportSectionId, TocEntry } from './model-types.js';
import { sectionAnchor } from './html/section-frame.js';
import { readDestinationPages } from './pdf-dests.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** Page count and the 1-based start page of each section found. */
export interface SectionPages {
  readonly pageCount: number;
  readonly pages: Partial<Record<ReportSectionId, number>>;
}

/** Reads the PDF and returns where each of `toc`'s sections starts. */
export async function locateSections(pdf: Uint8Array, toc: readonly TocEntry[]): Promise<SectionPages> {
  const quick = readDestinationPages(pdf);
  if (quick !== null && toc.every((entry) => quick.pages.has(sectionAnchor(entry.id)))) {
    const pages: Partial<Record<ReportSectionId, number>> = {};
    for (const entry of toc) pages[entry.id] = quick.pages.get(sectionAnchor(entry.id));
    return { pageCount: quick.pageCount, pages };
  }
  return locateWithPdfJs(pdf, toc);
}

/** The slow path: pdf.js reads the destinations, or failing those the headings' text. */
export async function locateWithPdfJs(pdf: Uint8Array, toc: readonly TocEntry[]): Promise<SectionPages> {
  const lib = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const doc = await lib.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: Partial<Record<ReportSectionId, number>> = {};
    const dests = ((await doc.getDestinations()) ?? {}) as Record<string, unknown[] | undefined>;
    const missing: TocEntry[] = [];
    for (const entry of toc) {
      const dest = dests[sectionAnchor(entry.id)];
      const ref = dest?.[0];
      if (ref !== undefined && ref !== null && typeof ref === 'object') {
        pages[entry.id] = (await doc.getPageIndex(ref as { num: number; gen: number })) + 1;
      } else missing.push(entry);
    }
    if (missing.length > 0) await findByHeading(doc, missing, pages);
    return { pageCount: doc.numPages, pages };
  } finally {
    await doc.destroy();
  }
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/** Fallback: the first page after the contents whose text holds the section's title as a line of its own. */
async function findByHeading(
  doc: PdfDocument,
  entries: readonly TocEntry[],
  pages: Partial<Record<ReportSectionId, number>>,
): Promise<void> {
  let remaining = [...entries];
  // Page 1 is the cover and page 2 the contents, which lists every title.
  for (let n = 3; n <= doc.numPages && remaining.length > 0; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const lines = new Set(
      content.items.map((item) => ('str' in item ? item.str.replace(/\s+/g, ' ').trim() : '')).filter(Boolean),
    );
    remaining = remaining.filter((entry) => {
      if (!lines.has(entry.title)) return true;
      pages[entry.id] = n;
      return false;
    });
  }
}
