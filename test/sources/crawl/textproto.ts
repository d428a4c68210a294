/**
 * A reader for the protobuf text format of the robotstxt-spec-test corpus
 * (specification.proto): just enough of the grammar (messages, repeated fields in [...],
 * concatenated C-escaped string literals, enum identifiers, # comments) to load it exactly.
 * String values stay bytes, because the corpus uses "\xEF\xBB\xBF" and raw UTF-8 on purpose.
 */

/** A text-format message: field name -> values in file order. */
export interface TextMessage {
  readonly [field: string]: TextValue[];
}
export type TextValue = Buffer | string | TextMessage;

type Token =
  | { t: 'ident'; v: string }
  | { t: 'string'; v: Buffer }
  | { t: 'punct'; v: string };

function unescapeInto(bytes: number[], src: Buffer, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = src[i]!;
    if (c !== 0x5c) {
      bytes.push(c);
      continue;
    }
    const e = String.fromCharCode(src[++i]!);
    const simple: Record<string, number> = { n: 10, r: 13, t: 9, '"': 34, "'": 39, '\\': 92, a: 7, b: 8, f: 12, v: 11, '?': 63 };
    if (e in simple) {
      bytes.push(simple[e]!);
    } else if (e === 'x' || e === 'X') {
      let hex = '';
      while (hex.length < 2 && /[0-9a-fA-F]/.test(String.fromCharCode(src[i + 1] ?? 0))) hex += String.fromCharCode(src[++i]!);
      if (!hex) throw new Error(`bad \\x escape at byte ${i}`);
      bytes.push(parseInt(hex, 16));
    } else if (/[0-7]/.test(e)) {
      let oct = e;
      while (oct.length < 3 && /[0-7]/.test(String.fromCharCode(src[i + 1] ?? 0))) oct += String.fromCharCode(src[++i]!);
      bytes.push(parseInt(oct, 8) & 0xff);
    } else {
      throw new Error(`unknown escape \\${e} at byte ${i}`);
    }
  }
}

function tokenize(src: Buffer): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const ch = String.fromCharCode(c);
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '#') {
      while (i < src.length && src[i] !== 0x0a) i++;
    } else if (ch === '"' || ch === "'") {
      const quote = c;
      let j = i + 1;
      while (j < src.length && src[j] !== quote) j += src[j] === 0x5c ? 2 : 1;
      if (j >= src.length) throw new Error(`unterminated string at byte ${i}`);
      const bytes: number[] = [];
      unescapeInto(bytes, src, i + 1, j);
      tokens.push({ t: 'string', v: Buffer.from(bytes) });
      i = j + 1;
    } else if (/[A-Za-z_]/.test(ch)) {
      let j = i;
      while (j < src.length && /[A-Za-z0-9_.]/.test(String.fromCharCode(src[j]!))) j++;
      tokens.push({ t: 'ident', v: src.subarray(i, j).toString('latin1') });
      i = j;
    } else if ('[]{}:,;<>'.includes(ch)) {
      tokens.push({ t: 'punct', v: ch });
      i++;
    } else {
      throw new Error(`unexpected character ${JSON.stringify(ch)} at byte ${i}`);
    }
  }
  return tokens;
}

/** Parses a whole .textproto file into its top-level message. */
export function parseTextProto(src: Buffer): TextMessage {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const expect = (v: string): void => {
    const tok = tokens[pos++];
    if (!tok || tok.t !== 'punct' || tok.v !== v) throw new Error(`expected "${v}" at token ${pos - 1}`);
  };

  function value(): TextValue {
    const tok = peek();
    if (!tok) throw new Error('unexpected end of file');
    if (tok.t === 'punct' && (tok.v === '{' || tok.v === '<')) {
      pos++;
      const close = tok.v === '{' ? '}' : '>';
      const msg = fields(close);
      expect(close);
      return msg;
    }
    if (tok.t === 'string') {
      const parts: Buffer[] = [];
      while (peek()?.t === 'string') parts.push((tokens[pos++] as { v: Buffer }).v);
      return Buffer.concat(parts);
    }
    if (tok.t === 'ident') {
      pos++;
      return tok.v;
    }
    throw new Error(`unexpected "${tok.v as string}" at token ${pos}`);
  }

  function fields(close: string | null): TextMessage {
    const msg: Record<string, TextValue[]> = {};
    for (;;) {
      const tok = peek();
      if (!tok || (tok.t === 'punct' && tok.v === close)) return msg;
      if (tok.t === 'punct' && (tok.v === ',' || tok.v === ';')) {
        pos++;
        continue;
      }
      if (tok.t !== 'ident') throw new Error(`expected a field name at token ${pos}`);
      pos++;
      const name = tok.v;
      const next = peek();
      if (next?.t === 'punct' && next.v === ':') pos++;
      const list = (msg[name] ??= []);
      const after = peek();
      if (after?.t === 'punct' && after.v === '[') {
        pos++;
        while (!(peek()?.t === 'punct' && (peek() as { v: string }).v === ']')) {
          list.push(value());
          if (peek()?.t === 'punct' && (peek() as { v: string }).v === ',') pos++;
        }
        expect(']');
      } else {
        list.push(value());
      }
    }
  }

  return fields(null);
}
