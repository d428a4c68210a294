/**
 * An incremental CSV/TSV tokenizer (RFC 4180 plus what real exports do: CRLF or LF, quoted
 * fields with doubled quotes and line breaks, blank lines, a quote inside an unquoted field
 * taken literally). Text arrives in chunks; rows are handed over with the physical line they
 * start on, so an error can say "line 1,204".
 *
 * Written for speed: unquoted fields (nearly all of them) are found with a native `indexOf`
 * and one `slice`; the only allocation per row is its array of field strings.
 */

/** The longest a single row may grow while waiting for its end (an unclosed quote would otherwise swallow the file). */
export const MAX_ROW_CHARS = 4 * 1024 * 1024;

export type RowHandler = (fields: string[], line: number) => boolean;
export type BadRowHandler = (line: number, reason: string) => void;

export class CsvTokenizer {
  private rest = '';
  private line = 1;
  private stopped = false;
  private quotedValue = '';
  private quotedLines = 0;

  constructor(
    private readonly delimiter: number,
    private readonly onRow: RowHandler,
    private readonly onBad: BadRowHandler,
  ) {}

  /** True once the row handler asked to stop or the text could not be read further. */
  get done(): boolean {
    return this.stopped;
  }

  /** Feed the next piece of text. */
  push(chunk: string): void {
    if (this.stopped) return;
    this.parse(this.rest.length ? this.rest + chunk : chunk, false);
    if (this.rest.length > MAX_ROW_CHARS) {
      this.onBad(this.line, `a row longer than ${MAX_ROW_CHARS / 1024 / 1024} MB (an unclosed quote?)`);
      this.rest = '';
      this.stopped = true;
    }
  }

  /** Flush the last row, which may lack a final line break. */
  end(): void {
    if (this.stopped) return;
    this.parse(this.rest, true);
    this.rest = '';
  }

  /**
   * Read a quoted field starting at `start` (the opening quote). Returns the index after the
   * closing quote, -1 when the text ends first and more may come, -2 when it never closes.
   */
  private readQuoted(buf: string, start: number, final: boolean): number {
    let value = '';
    let segment = start + 1;
    let i = segment;
    for (;;) {
      const q = buf.indexOf('"', i);
      if (q === -1) return final ? -2 : -1;
      if (q + 1 >= buf.length && !final) return -1; // cannot tell "" from " yet
      if (buf.charCodeAt(q + 1) === 34) {
        value += buf.slice(segment, q + 1);
        i = q + 2;
        segment = i;
        continue;
      }
      value += buf.slice(segment, q);
      let lines = 0;
      for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) lines++;
      this.quotedValue = value;
      this.quotedLines = lines;
      return q + 1;
    }
  }

  private parse(buf: string, final: boolean): void {
    const d = this.delimiter;
    const dc = String.fromCharCode(d);
    const len = buf.length;
    let pos = 0;
    let line = this.line;
    // next delimiter at or after the current field; found natively with indexOf and reused
    // across rows, so each field costs one comparison rather than a scan in JavaScript
    let nextD = -1;
    rows: while (pos < len && !this.stopped) {
      let nl = buf.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) break;
        nl = len;
      }
      // blank line (LF or CRLF)
      if (nl === pos || (nl === pos + 1 && buf.charCodeAt(pos) === 13)) {
        pos = nl + 1;
        line++;
        continue;
      }
      const rowLine = line;
      const fields: string[] = [];
      let fs = pos;
      for (;;) {
        if (buf.charCodeAt(fs) === 34) {
          const after = this.readQuoted(buf, fs, final);
          if (after === -1) {
            line = rowLine; // wait for more text; the row restarts at `pos`
            break rows;
          }
          if (after === -2) {
            this.onBad(rowLine, 'a quoted field is never closed');
            pos = len;
            this.stopped = true;
            break rows;
          }
          fields.push(this.quotedValue);
          line += this.quotedLines;
          if (after > nl) {
            nl = buf.indexOf('\n', after);
            if (nl === -1) {
              if (!final) {
                line = rowLine;
                break rows;
              }
              nl = len;
            }
          }
          const c = buf.charCodeAt(after);
          if (c === d) {
            fs = after + 1;
            continue;
          }
          if (after >= len || after === nl || (c === 13 && after + 1 === nl)) break;
          this.onBad(rowLine, 'text after the closing quote of a field');
          fields.length = 0;
          break;
        }
        if (nextD < fs) {
          nextD = buf.indexOf(dc, fs);
          if (nextD === -1) nextD = len;
        }
        if (nextD < nl) {
          fields.push(buf.slice(fs, nextD));
          fs = nextD + 1;
          continue;
        }
        const e = nl > fs && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        fields.push(buf.slice(fs, e));
        break;
      }
      pos = nl + 1;
      line++;
      if (fields.length > 0 && !this.onRow(fields, rowLine)) this.stopped = true;
    }
    if (pos < len && !this.stopped) {
      this.rest = pos === 0 ? buf : buf.slice(pos);
    } else {
      this.rest = '';
    }
    this.line = line;
  }
}

/**
 * Guess the delimiter from the first line: the most frequent of comma, tab, semicolon and
 * pipe outside quotes (comma on a tie or when none appears).
 */
export function sniffDelimiter(firstText: string): string {
  const end = firstText.indexOf('\n');
  const line = end === -1 ? firstText.slice(0, 64 * 1024) : firstText.slice(0, end);
  const counts = new Map<string, number>([
    [',', 0],
    ['\t', 0],
    [';', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  let bestCount = 0;
  for (const [ch, n] of counts) {
    if (n > bestCount) {
      best = ch;
      bestCount = n;
    }
  }
  return best;
}
