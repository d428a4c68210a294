import { describe, expect, it } from 'vitest';
import { readDestinationPages } from '../../shared/report/pdf-dests.js';

/** A PDF laid out as Chromium writes one: numbered objects, a classic xref table, a trailer. */
function pdfOf(objects: Record<number, string>, root = 1): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets = new Map<number, number>();
  const nums = Object.keys(objects).map(Number).sort((a, b) => a - b);
  for (const n of nums) {
    offsets.set(n, body.length);
    body += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const size = Math.max(...nums) + 1;
  const xrefAt = body.length;
  body += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let n = 1; n < size; n += 1) {
    const at = offsets.get(n);
    body += at === undefined ? '0000000000 00000 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`;
  }
  body += `trailer\n<</Size ${size}\n/Root ${root} 0 R>>\nstartxref\n${xrefAt}\n%%EOF`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

const page = (parent: number): string => `<</Type /Page\n/Parent ${parent} 0 R\n/MediaBox [0 0 595 842]>>`;

describe('readDestinationPages', () => {
  it('follows a nested page tree in order and decodes escaped names', () => {
    const pdf = pdfOf({
      1: '<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>',
      2: '<</Type /Pages\n/Count 4\n/Kids [3 0 R 4 0 R]>>',
      3: '<</Type /Pages\n/Count 2\n/Parent 2 0 R\n/Kids [5 0 R 6 0 R]>>',
      4: '<</Type /Pages\n/Count 2\n/Parent 2 0 R\n/Kids [8 0 R 7 0 R]>>',
      5: page(3),
      6: page(3),
      7: page(4),
      8: page(4),
      9: '<</sec-summary [6 0 R /XYZ 0 842 0]\n/sec#2Dappendix [7 0 R /XYZ 0 842 0]\n/elsewhere [99 0 R /Fit]>>',
    });
    const found = readDestinationPages(pdf);
    expect(found?.pageCount).toBe(4);
    expect([...(found?.pages ?? [])]).toEqual([
      ['sec-summary', 2],
      ['sec-appendix', 4],
    ]);
  });

  const notForUs: [string, Uint8Array][] = [
    ['no destinations', pdfOf({ 1: '<</Type /Catalog\n/Pages 2 0 R>>', 2: '<</Type /Pages\n/Kids [3 0 R]>>', 3: page(2) })],
    ['a page tree that loops', pdfOf({ 1: '<</Type /Catalog\n/Pages 2 0 R\n/Dests 4 0 R>>', 2: '<</Type /Pages\n/Kids [3 0 R]>>', 3: '<</Type /Pages\n/Kids [2 0 R]>>', 4: '<<>>' })],
    ['a cross-reference stream', new Uint8Array(Buffer.from('%PDF-1.5\n1 0 obj\n<</Type /XRef>>\nstream\nxx\nendstream\nendobj\nstartxref\n9\n%%EOF', 'latin1'))],
    ['a cut-off file', pdfOf({ 1: '<</Type /Catalog\n/Pages 2 0 R\n/Dests 3 0 R>>', 2: '<</Type /Pages\n/Kids []>>', 3: '<<>>' }).slice(0, 60)],
    ['not a PDF at all', new Uint8Array(Buffer.from('hello'))],
  ];
  it.each(notForUs)('returns null, not an error, for %s', (_name, pdf) => {
    expect(readDestinationPages(pdf)).toBeNull();
  });
});
