import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, looksLikeFormula, neutraliseFormula, toCsv, UTF8_BOM } from '../../shared/report/csv.js';

const { payloads } = JSON.parse(readFileSync(new URL('../fixtures/report/formula-payloads.json', import.meta.url), 'utf8')) as {
  payloads: string[];
};

/** What a spreadsheet would evaluate: judged independently of the code under test. */
function isLiveFormula(cell: string): boolean {
  if (cell.startsWith('\t') || cell.startsWith('\r')) return true;
  const first = cell.replace(/^[\s\u00a0\u3000\u2000-\u200b\ufeff]+/, '').charAt(0);
  return ['=', '+', '-', '@', '＝', '＋', '－', '＠'].includes(first);
}

function roundTrip(rows: string[][]): string[][] {
  const csv = toCsv(['a', 'b'], rows);
  return parse(csv, { bom: true, relax_column_count: false }).slice(1) as string[][];
}

describe('formula neutralising', () => {
  it('has 50 distinct payloads, each live before export', () => {
    expect(new Set(payloads).size).toBe(50);
    for (const p of payloads) expect(isLiveFormula(p), JSON.stringify(p)).toBe(true);
  });

  it('leaves no live formula in any of the 50 payloads after a CSV round trip', () => {
    const parsed = roundTrip(payloads.map((p) => [p, `${p} tail`]));
    expect(parsed).toHaveLength(50);
    parsed.forEach((row, i) => {
      for (const cell of row) {
        expect(isLiveFormula(cell), `payload ${i}: ${JSON.stringify(cell)}`).toBe(false);
        expect(cell.startsWith("'")).toBe(true);
      }
      // The prefix is the only change: the text itself is still all there.
      expect(row[0]).toBe(`'${payloads[i]}`);
    });
  });

  it.each([
    ['We answer within 30 seconds', false],
    ['30-second answer', false],
    ['e-mail us', false],
    ['', false],
    ['a=b', false],
    ['=', true],
    ['  -5', true],
    ['\t', true],
  ])('looksLikeFormula(%j) is %s', (text, expected) => {
    expect(looksLikeFormula(text)).toBe(expected);
  });

  it('keeps numbers as numbers, negative ones included', () => {
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(1204)).toBe('1204');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(neutraliseFormula('-0.25')).toBe("'-0.25");
  });
});

describe('CSV writing', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = toCsv(['x'], [['1'], ['2']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1)).toBe('x\r\n1\r\n2\r\n');
  });

  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['crlf\r\ninside', '"crlf\r\ninside"'],
    ['=1+1', "'=1+1"],
    ['=SUM(A1,"x")', '"\'=SUM(A1,""x"")"'],
  ])('quotes %j as %j', (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it('gives back the text exactly through csv-parse', () => {
    const texts = [
      'We answer every call within 30 seconds.',
      'Terms & conditions apply, see "small print".',
      'Line one\nline two\r\nline three',
      '  leading and trailing spaces  ',
      'Ünïcödé — “quotes” ‘single’ 😀 中文',
      '"',
      ',',
      '',
      'ends with a quote"',
    ];
    expect(roundTrip(texts.map((t) => [t, t]))).toEqual(texts.map((t) => [t, t]));
  });

  it('round-trips any text: exactly, or with one apostrophe in front of a formula', () => {
    const starts = fc.constantFrom('', '', '=', '+', '-', '@', '\t', '\r', ' =', '\n@', '"', ',', '\r\n');
    const text = fc
      .tuple(starts, fc.string({ unit: 'grapheme', maxLength: 40 }))
      .map(([start, rest]) => start + rest);
    fc.assert(
      fc.property(text, text, (a, b) => {
        const [row] = roundTrip([[a, b]]);
        expect(row).toEqual([looksLikeFormula(a) ? `'${a}` : a, looksLikeFormula(b) ? `'${b}` : b]);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a row whose width differs from the header, naming the row', () => {
    expect(() => toCsv(['a', 'b'], [['1', '2'], ['3']])).toThrow(/row 2 has 1 cells; the header has 2/);
  });
});
