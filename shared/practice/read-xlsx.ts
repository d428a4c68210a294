/**
 * Reading one worksheet of an XLSX workbook into rows with exceljs's streaming reader, so a
 * large workbook is never held in memory. Date cells arrive as Dates (the wall clock),
 * formulas as their cached result, rich text as its plain text.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { inspectZip } from '../sources/documents/zip-inspect.js';
import { ZIP_LIMITS } from '../sources/documents/limits.js';
import type { Cell } from './cell-values.js';
import { UnreadableFileError, type RowSink } from './row-sink.js';

/** Plain value of an exceljs cell value. */
function xlsxCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { richText?: { text?: unknown }[]; result?: unknown; text?: unknown; error?: unknown };
    if (Array.isArray(o.richText)) return o.richText.map((r) => String(r.text ?? '')).join('');
    if ('result' in o) return xlsxCell(o.result);
    if (typeof o.text === 'string') return o.text;
    if ('error' in o) return null;
  }
  return String(v);
}

function isBlankRow(values: readonly unknown[]): boolean {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return false;
  return true;
}

/** Read the named sheet (or the first) of a workbook; resolves with the sheet's name. */
export async function readXlsx(
  bytes: AsyncIterable<Uint8Array>,
  sink: RowSink,
  sheet?: string,
): Promise<{ sheet: string }> {
  // A workbook is a zip: its central directory (at the end) is checked before anything is
  // inflated, so a zip bomb is refused instead of filling memory. Workbooks are small on disk,
  // so holding the compressed bytes costs little.
  const chunks: Uint8Array[] = [];
  for await (const c of bytes) chunks.push(c);
  const whole = Buffer.concat(chunks);
  try {
    inspectZip(whole, 'the workbook', ZIP_LIMITS);
  } catch (err) {
    throw new UnreadableFileError((err as Error).message);
  }
  const stream = Readable.from([whole], { objectMode: false });
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const seen: string[] = [];
  try {
    for await (const ws of workbook) {
      const name = (ws as unknown as { name: string }).name;
      seen.push(name);
      if (sheet !== undefined && name !== sheet) continue;
      let width = -1;
      for await (const row of ws) {
        const values = (row.values as unknown[]).slice(1);
        if (isBlankRow(values)) continue;
        if (width < 0) {
          const header = values.map((v) => String(xlsxCell(v) ?? '').trim());
          width = header.length;
          if (!sink.header(header)) break;
          continue;
        }
        const cells = new Array<Cell>(Math.max(width, values.length));
        for (let i = 0; i < cells.length; i++) cells[i] = xlsxCell(values[i]);
        if (!sink.row(cells, row.number)) break;
      }
      if (width < 0) sink.header([]);
      return { sheet: name };
    }
  } catch (err) {
    if (err instanceof UnreadableFileError || (err as Error)?.name === 'AbortError') throw err;
    throw new UnreadableFileError(`not a readable XLSX workbook (${(err as Error).message})`);
  } finally {
    stream.destroy();
  }
  throw new UnreadableFileError(
    sheet === undefined ? 'the workbook has no worksheets' : `the workbook has no sheet named "${sheet}" (it has: ${seen.join(', ')})`,
  );
}
