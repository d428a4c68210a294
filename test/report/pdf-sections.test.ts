import { afterAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../shared/report/html.js';
import { buildReportModel } from '../../shared/report/model.js';
import { PlaywrightPdfPrinter } from '../../shared/report/pdf.js';
import { locateSections } from '../../shared/report/pdf-sections.js';
import { sampleInput } from '../fixtures/report/sample-input.js';

describe('locateSections', () => {
  const printer = new PlaywrightPdfPrinter();
  afterAll(() => printer.close());
  const model = buildReportModel(sampleInput());

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
