import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../shared/report/html.js';
import { buildReportModel } from '../../shared/report/model.js';
import { locateSections } from '../../shared/report/pdf-sections.js';
import { PlaywrightPdfPrinter, renderReportPdf, type Paper } from '../../shared/report/pdf.js';
import { FINDINGS, CLAIMS, sampleInput } from '../fixtures/report/sample-input.js';
import { flat, readPdf, type PdfText } from './pdf-text.js';

// Chromium (/usr/bin/chromium) and poppler-utils (pdftotext, pdfinfo) must be installed.
const model = buildReportModel(sampleInput());
const printer = new PlaywrightPdfPrinter();
afterAll(() => printer.close());

const PAPERS: [Paper, RegExp][] = [
  ['A4', /^59[45](\.\d+)? x 841(\.\d+)? pts/],
  ['Letter', /^612 x 792 pts/],
];

describe.each(PAPERS)('the board report on %s', (paper, size) => {
  let pdf: PdfText;
  let all: string;
  beforeAll(async () => {
    pdf = readPdf(await renderReportPdf(model, printer, { paper }));
    all = flat(pdf.pages.join(' '));
  }, 180_000);

  it('is printed on the right paper', () => {
    expect(pdf.pageSize).toMatch(size);
  });

  it('states the summary figures in words and in numbers', () => {
    const summary = flat(pdf.pages[2] ?? '');
    expect(summary).toContain(flat(model.summary.headline));
    for (const p of model.summary.paragraphs) expect(summary).toContain(flat(p));
    expect(summary).toContain('makes 15 service promises; 5 are clearly not kept in practice.');
    expect(summary).toContain('4 kept, 2 at risk and 5 over-promised');
    const tiles = flat(pdf.layoutPages[2] ?? '');
    expect(tiles).toContain('15 4 2 5 3');
    expect(tiles).toContain('promises found kept at risk over-promised');
  });

  it("quotes every over-promised claim's words", () => {
    const over = FINDINGS.filter((f) => f.verdict === 'over-promised').map((f) => CLAIMS.find((c) => c.id === f.claimId)?.text ?? '');
    expect(over).toHaveLength(5);
    for (const words of over) expect(all).toContain(flat(words));
  });

  it('describes the method: what was read, what robots.txt excluded, thresholds, caveats', () => {
    const start = pdf.pages.findIndex((p) => p.includes('SECTION 8'));
    const method = flat(pdf.pages.slice(start, start + 2).join(' '));
    expect(method).toContain('Method and scope');
    expect(method).toContain('honoured (RFC 9309); 3 addresses excluded');
    for (const e of sampleInput().crawl.robotsExcluded) {
      expect(method).toContain(e.url);
      expect(method).toContain(e.reason);
    }
    expect(method).toContain('Target for guarantees and firm promises 95%');
    expect(method).toContain('Cases nobody logged cannot be counted');
  });

  it('numbers every page after the cover "Page n of N", N being the page count', () => {
    expect(pdf.pages).toHaveLength(pdf.pageCount);
    expect(pdf.pages[0]).not.toMatch(/Page \d+ of/);
    pdf.pages.slice(1).forEach((text, i) => expect(flat(text)).toContain(`Page ${i + 2} of ${pdf.pageCount}`));
  });

  it('has a contents page whose page numbers agree with where each section starts', () => {
    const rows = [...(pdf.layoutPages[1] ?? '').matchAll(/^\s*([1-9A])\s{2,}(\S.*?)\s{2,}(\d+)\s*$/gm)];
    expect(rows.map((r) => r[2])).toEqual(model.toc.map((e) => e.title));
    for (const [, number, title, page] of rows) {
      const eyebrow = number === 'A' ? 'APPENDIX' : `SECTION ${number}`;
      const first = pdf.pages.findIndex((p, i) => i > 1 && p.includes(eyebrow)) + 1;
      expect(first, `${title}`).toBe(Number(page));
      expect(flat(pdf.pages[first - 1] ?? '')).toContain(`${eyebrow} ${title}`);
    }
  });

  it('has no empty page', () => {
    pdf.pages.forEach((text, i) => {
      const body = flat(text)
        .replace(/Northgate Home Services Ltd · Service promise audit|31 March 2025|Confidential — prepared for the board|Page \d+ of \d+/g, '')
        .trim();
      expect(body.length, `page ${i + 1}`).toBeGreaterThan(40);
    });
  });
});

describe('locateSections', () => {
  it('finds each section from the named destinations, or from its heading when a printer writes none', async () => {
    const html = renderReportHtml(model, { paper: 'A4' });
    const linked = await printer.print(html, { paper: 'A4' });
    // Without in-document links Chromium writes no named destinations.
    const unlinked = await printer.print(html.replace(/ href="#sec-[a-z]+"/g, ''), { paper: 'A4' });
    const fromDests = await locateSections(linked, model.toc);
    const fromHeadings = await locateSections(unlinked, model.toc);
    expect(Object.keys(fromDests.pages)).toHaveLength(model.toc.length);
    expect(fromHeadings).toEqual(fromDests);
    expect(fromDests.pages.summary).toBe(3);
    const starts = model.toc.map((e) => fromDests.pages[e.id] ?? 0);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(Math.max(...starts)).toBeLessThanOrEqual(fromDests.pageCount);
  }, 120_000);
});
