/** Reading CSV/TSV text chunks into rows: the first non-blank row is the header. */
import { CsvTokenizer, sniffDelimiter } from './csv-tokenizer.js';
import type { RowSink } from './row-sink.js';

/** Read delimited text; resolves with the delimiter used (given, or sniffed from the first line). */
export async function readDelimited(
  text: AsyncIterable<string>,
  sink: RowSink,
  delimiter?: string,
): Promise<{ delimiter: string }> {
  let tokenizer: CsvTokenizer | null = null;
  let used = delimiter ?? ',';
  let crOnly = false;
  let headerSeen = false;
  const onRow = (fields: string[], line: number): boolean => {
    if (headerSeen) return sink.row(fields, line);
    headerSeen = true;
    if (fields[0]?.charCodeAt(0) === 0xfeff) fields[0] = fields[0].slice(1);
    return sink.header(fields.map((f) => f.trim()));
  };
  for await (const chunk of text) {
    if (!tokenizer) {
      used = delimiter ?? sniffDelimiter(chunk);
      if (used.length !== 1) throw new RangeError(`delimiter must be one character, not "${used}"`);
      // old Mac exports end lines with CR alone
      crOnly = chunk.indexOf('\n') === -1 && chunk.indexOf('\r') !== -1;
      tokenizer = new CsvTokenizer(used.charCodeAt(0), onRow, (line, reason) => sink.bad(line, reason));
    }
    tokenizer.push(crOnly ? chunk.replace(/\r/g, '\n') : chunk);
    if (tokenizer.done) break;
  }
  tokenizer?.end();
  return { delimiter: used };
}
