/**
 * CSV writing for exports: RFC 4180 quoting, CRLF between records, a UTF-8 byte order mark
 * so spreadsheets pick the right encoding, and formula injection neutralised.
 *
 * A text cell is neutralised (prefixed with an apostrophe, as OWASP recommends) when it
 * starts with a tab or carriage return, or when its first non-blank character is one of
 * = + - @ (or their full-width forms ＝ ＋ － ＠). Leading blanks count because several
 * spreadsheet importers trim them before deciding a cell is a formula; checking after them
 * costs a harmless apostrophe on odd text and closes that door. Number cells are written as
 * numbers and never touched, so a negative number stays a number.
 */

/** The UTF-8 byte order mark, as the first character of the text. */
export const UTF8_BOM = '\uFEFF';

/** What a CSV cell may hold. */
export type CsvValue = string | number | boolean | null;

const FORMULA = /^(?:[\t\r]|[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;

/** True when a spreadsheet could read this text as a formula. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA.test(text);
}

/** The text with an apostrophe in front when a spreadsheet could read it as a formula. */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** One cell, neutralised and quoted as RFC 4180 requires. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header, rows, each record ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${lines.length} has ${row.length} cells; the header has ${header.length}`);
    }
    lines.push(row.map(csvCell).join(','));
  }
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
