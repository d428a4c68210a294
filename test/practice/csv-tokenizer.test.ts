import { describe, expect, it } from 'vitest';
import { CsvTokenizer, sniffDelimiter } from '../../shared/practice/csv-tokenizer.js';

function tokenize(text: string, chunk = text.length || 1, delimiter = ',') {
  const rows: [number, string[]][] = [];
  const bad: [number, string][] = [];
  const t = new CsvTokenizer(delimiter.charCodeAt(0), (f, line) => (rows.push([line, f]), true), (line, reason) => bad.push([line, reason]));
  for (let i = 0; i < text.length; i += chunk) t.push(text.slice(i, i + chunk));
  t.end();
  return { rows, bad };
}

const SAMPLE =
  'a,b,c\r\n' +
  '1,"two, with comma",3\r\n' +
  '\r\n' +
  '4,"multi\nline ""quoted""",6\n' +
  '7,5" screen,9\n' +
  '"",,\n' +
  'last,row,no-newline';

const EXPECTED: [number, string[]][] = [
  [1, ['a', 'b', 'c']],
  [2, ['1', 'two, with comma', '3']],
  [4, ['4', 'multi\nline "quoted"', '6']],
  [6, ['7', '5" screen', '9']],
  [7, ['', '', '']],
  [8, ['last', 'row', 'no-newline']],
];

describe('CsvTokenizer', () => {
  it('reads quotes, doubled quotes, line breaks in fields, CRLF and blank lines, with the line each row starts on', () => {
    expect(tokenize(SAMPLE).rows).toEqual(EXPECTED);
  });

  it.each([1, 2, 3, 5, 7, 13])('gives the same rows when the text arrives %i characters at a time', (chunk) => {
    const { rows, bad } = tokenize(SAMPLE, chunk);
    expect(rows).toEqual(EXPECTED);
    expect(bad).toEqual([]);
  });

  it('reports a quoted field that never closes, with its line', () => {
    const { rows, bad } = tokenize('a,b\n1,2\n3,"open\nstill open\n');
    expect(rows).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
    expect(bad).toEqual([[3, 'a quoted field is never closed']]);
  });

  it('reports text after a closing quote and carries on', () => {
    const { rows, bad } = tokenize('a,b\n"x"y,2\n3,4\n');
    expect(bad).toEqual([[2, 'text after the closing quote of a field']]);
    expect(rows.at(-1)).toEqual([3, ['3', '4']]);
  });

  it('reads tab- and semicolon-separated text', () => {
    expect(tokenize('a\tb\n1\t2\n', 100, '\t').rows[1]).toEqual([2, ['1', '2']]);
    expect(tokenize('a;b\n1;"2;3"\n', 100, ';').rows[1]).toEqual([2, ['1', '2;3']]);
  });
});

describe('sniffDelimiter', () => {
  it.each([
    ['occurred_at,metric,value\n', ','],
    ['Call ID\tStart time\tRings\n', '\t'],
    ['Datum;Wert;"a,b"\n', ';'],
    ['a|b|c', '|'],
    ['single\n', ','],
  ])('%j -> %j', (text, d) => {
    expect(sniffDelimiter(text)).toBe(d);
  });
});
