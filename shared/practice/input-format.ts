/** Which kind of file a log is: from its first bytes, then its name. */
import { extname } from 'node:path';

/** The file formats a practice log may come in. */
export const INPUT_FORMATS = ['csv', 'tsv', 'xlsx', 'json', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/**
 * Detect the format: a ZIP signature is XLSX; text starting with `[` is a JSON array and with
 * `{` is JSON Lines; otherwise delimited text (TSV by name, or by the delimiter sniffed later).
 * `head` is the decoded start of the text for non-ZIP input.
 */
export function detectFormat(name: string, headBytes: Uint8Array, headText: string | null): InputFormat {
  if (headBytes[0] === 0x50 && headBytes[1] === 0x4b && headBytes[2] === 0x03 && headBytes[3] === 0x04) return 'xlsx';
  const ext = extname(name).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  const first = headText?.replace(/^\uFEFF/, '').trimStart()[0];
  if (first === '[') return 'json';
  if (first === '{') return 'jsonl';
  if (ext === '.tsv' || ext === '.tab') return 'tsv';
  return 'csv';
}
