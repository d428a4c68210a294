/**
 * Twenty encoding cases, each a byte sequence as a real server would send it and the exact
 * text a browser shows. Byte sequences are written out by hand (from the code page tables)
 * where they are short, so the test does not merely round-trip through the decoder's library.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeXml, metaCharset } from '../../../shared/sources/crawl/charset.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string): Buffer => Buffer.from(s, 'latin1');
const cat = (...parts: Buffer[]): Buffer => Buffer.concat(parts);

interface Case {
  readonly name: string;
  readonly bytes: Buffer;
  readonly contentType: string | null;
  readonly text: string;
  readonly encoding: string;
  readonly source: string;
}

const CASES: readonly Case[] = [
  {
    name: 'windows-1252 from the header: smart quotes, dash, euro, e-acute',
    bytes: cat(ascii('<p>'), hex('93 57 65 20 63 61 6c 6c 20 62 61 63 6b 94 20 96 20 63 61 66 e9 2c 20 80 35'), ascii('</p>')),
    contentType: 'text/html; charset=windows-1252',
    text: '<p>\u201cWe call back\u201d \u2013 caf\u00e9, \u20ac5</p>',
    encoding: 'windows-1252',
    source: 'header',
  },
  {
    name: '"iso-8859-1" is read as windows-1252 (0x80 is the euro sign)',
    bytes: cat(ascii('<p>'), hex('80 31 30 20 e0 20 6c 61 20 63 61 72 74 65'), ascii('</p>')),
    contentType: 'text/html; charset=ISO-8859-1',
    text: '<p>\u20ac10 \u00e0 la carte</p>',
    encoding: 'windows-1252',
    source: 'header',
  },
  {
    name: '"latin1" in a <meta> is windows-1252',
    bytes: cat(ascii('<meta charset="latin1"><p>'), hex('9c 75 76 72 65 20 85'), ascii('</p>')),
    contentType: 'text/html',
    text: '<meta charset="latin1"><p>\u0153uvre \u2026</p>',
    encoding: 'windows-1252',
    source: 'meta',
  },
  {
    name: '"us-ascii" is windows-1252 too',
    bytes: cat(ascii('<p>'), hex('99 20 92'), ascii('</p>')),
    contentType: 'text/html; charset=us-ascii',
    text: '<p>\u2122 \u2019</p>',
    encoding: 'windows-1252',
    source: 'header',
  },
  {
    name: 'Shift_JIS from the header (日本語のサポート)',
    bytes: cat(ascii('<p>'), hex('93fa 967b 8cea 82cc 8354 837c 815b 8367'), ascii('</p>')),
    contentType: 'text/html; charset=Shift_JIS',
    text: '<p>日本語のサポート</p>',
    encoding: 'Shift_JIS',
    source: 'header',
  },
  {
    name: 'Shift_JIS label "sjis" in a <meta>, with an NEC extension character (①)',
    bytes: cat(ascii('<meta http-equiv="Content-Type" content="text/html; charset=sjis"><p>'), hex('8740 93fa'), ascii('</p>')),
    contentType: null,
    text: '<meta http-equiv="Content-Type" content="text/html; charset=sjis"><p>①日</p>',
    encoding: 'Shift_JIS',
    source: 'meta',
  },
  {
    name: 'GB18030 from the header (中文客服), including a four-byte sequence (€ is A2E3)',
    bytes: cat(ascii('<p>'), hex('d6d0 cec4 bfcd b7fe a2e3 8130 8130'), ascii('</p>')),
    contentType: 'text/html; charset=gb18030',
    text: '<p>中文客服€\u0080</p>',
    encoding: 'gb18030',
    source: 'header',
  },
  {
    name: '"gb2312" is read as GBK (a superset), so GBK-only characters survive',
    bytes: cat(ascii('<meta charset="gb2312"><p>'), hex('d6d0 8140'), ascii('</p>')),
    contentType: null,
    text: '<meta charset="gb2312"><p>中丂</p>',
    encoding: 'GBK',
    source: 'meta',
  },
  {
    name: 'EUC-KR (한국어)',
    bytes: cat(ascii('<p>'), hex('c7d1 b1b9 beee'), ascii('</p>')),
    contentType: 'text/html; charset=euc-kr',
    text: '<p>한국어</p>',
    encoding: 'EUC-KR',
    source: 'header',
  },
  {
    name: 'Big5 (客服)',
    bytes: cat(ascii('<p>'), hex('ab c8 aa 41'), ascii('</p>')),
    contentType: 'text/html; charset=big5',
    text: '<p>客服</p>',
    encoding: 'Big5',
    source: 'header',
  },
  {
    name: 'EUC-JP (日本)',
    bytes: cat(ascii('<p>'), hex('c6fc cbdc'), ascii('</p>')),
    contentType: 'text/html; charset=EUC-JP',
    text: '<p>日本</p>',
    encoding: 'EUC-JP',
    source: 'header',
  },
  {
    name: 'ISO-8859-2 (Łódź)',
    bytes: cat(ascii('<p>'), hex('a3 f3 64 bc'), ascii('</p>')),
    contentType: 'text/html; charset=iso-8859-2',
    text: '<p>Łódź</p>',
    encoding: 'ISO-8859-2',
    source: 'header',
  },
  {
    name: 'windows-1251 (Привет)',
    bytes: cat(ascii('<p>'), hex('cf f0 e8 e2 e5 f2'), ascii('</p>')),
    contentType: 'text/html; charset=cp1251',
    text: '<p>Привет</p>',
    encoding: 'windows-1251',
    source: 'header',
  },
  {
    name: 'KOI8-R (Привет)',
    bytes: cat(ascii('<p>'), hex('f0 d2 c9 d7 c5 d4'), ascii('</p>')),
    contentType: 'text/html; charset=koi8-r',
    text: '<p>Привет</p>',
    encoding: 'KOI8-R',
    source: 'header',
  },
  {
    name: 'UTF-16LE with a BOM beats a wrong header',
    bytes: cat(hex('fffe'), iconv.encode('<p>Réponse sous 24 h</p>', 'utf-16le')),
    contentType: 'text/html; charset=windows-1252',
    text: '<p>Réponse sous 24 h</p>',
    encoding: 'UTF-16LE',
    source: 'bom',
  },
  {
    name: 'UTF-16BE with a BOM',
    bytes: cat(hex('feff'), hex('003c 0070 003e 65e5 672c 003c 002f 0070 003e')),
    contentType: null,
    text: '<p>日本</p>',
    encoding: 'UTF-16BE',
    source: 'bom',
  },
  {
    name: 'UTF-8 BOM beats a <meta> saying windows-1252',
    bytes: cat(hex('efbbbf'), Buffer.from('<meta charset="windows-1252"><p>café</p>', 'utf8')),
    contentType: null,
    text: '<meta charset="windows-1252"><p>café</p>',
    encoding: 'UTF-8',
    source: 'bom',
  },
  {
    name: 'header and <meta> disagree: the header wins (WHATWG)',
    bytes: cat(ascii('<meta charset="utf-8"><p>'), hex('93 4f 4b 94'), ascii('</p>')),
    contentType: 'text/html; charset=windows-1252',
    text: '<meta charset="utf-8"><p>\u201cOK\u201d</p>',
    encoding: 'windows-1252',
    source: 'header',
  },
  {
    name: 'no label at all, valid UTF-8: read as UTF-8',
    bytes: Buffer.from('<p>Antwort in 2 Werktagen – garantiert</p>', 'utf8'),
    contentType: 'text/html',
    text: '<p>Antwort in 2 Werktagen – garantiert</p>',
    encoding: 'UTF-8',
    source: 'sniffed',
  },
  {
    name: 'no label at all, not UTF-8: read as windows-1252',
    bytes: cat(ascii('<p>'), hex('93 52 e9 70 6f 6e 73 65 94'), ascii('</p>')),
    contentType: null,
    text: '<p>\u201cRéponse\u201d</p>',
    encoding: 'windows-1252',
    source: 'sniffed',
  },
  {
    name: 'an unknown label is ignored, the <meta> decides',
    bytes: cat(ascii('<meta charset="shift_jis"><p>'), hex('93fa'), ascii('</p>')),
    contentType: 'text/html; charset=x-made-up',
    text: '<meta charset="shift_jis"><p>日</p>',
    encoding: 'Shift_JIS',
    source: 'meta',
  },
  {
    name: 'a <meta> claiming UTF-16 on an ASCII-compatible page means UTF-8',
    bytes: Buffer.from('<meta charset="utf-16"><p>naïve</p>', 'utf8'),
    contentType: null,
    text: '<meta charset="utf-16"><p>naïve</p>',
    encoding: 'UTF-8',
    source: 'meta',
  },
];

describe('decodeHtml: 20+ encoding cases read exactly', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const out = decodeHtml(c.bytes, c.contentType);
    expect(out.text).toBe(c.text);
    expect(out.encoding).toBe(c.encoding);
    expect(out.source).toBe(c.source);
  });

  it('counts its cases', () => {
    console.log(`charset: ${CASES.length} encoding cases`);
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });
});

describe('metaCharset', () => {
  it.each([
    ['<!-- <meta charset="koi8-r"> --><meta charset="utf-8">', 'utf-8'],
    ["<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=euc-jp'>", 'euc-jp'],
    ['<meta name="description" content="charset=evil"><meta charset=big5>', 'big5'],
    ['<p>no meta here</p>', null],
  ])('%s -> %s', (html, expected) => {
    expect(metaCharset(Buffer.from(html, 'latin1'))).toBe(expected);
  });

  it('only looks at the first 4 KB', () => {
    const late = Buffer.from(`${' '.repeat(5000)}<meta charset="koi8-r">`, 'latin1');
    expect(metaCharset(late)).toBeNull();
  });
});

describe('decodeXml', () => {
  it('follows the XML declaration', () => {
    const bytes = cat(ascii('<?xml version="1.0" encoding="ISO-8859-1"?><loc>https://example.com/caf'), hex('e9'), ascii('</loc>'));
    expect(decodeXml(bytes, 'application/xml').text).toContain('https://example.com/café');
  });
});
