import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceFormat } from '../../../shared/domain/types.js';
import { DocumentReadError } from '../../../shared/sources/documents/document-error.js';
import { closeParserThread } from '../../../shared/sources/documents/parser-thread.js';
import { documentUri, readDocumentFile, sniffDocumentKind } from '../../../shared/sources/documents/read-document.js';
import { sniffFormat } from '../../../shared/sources/documents/sniff-format.js';
import { fontMatrixInjectionPdf, simpleTextPdf } from './pdf-builder.js';
import { fixtureBytes } from './render-with-chromium.js';

const bytes = (text: string, encoding = 'utf8'): Uint8Array => new Uint8Array(iconv.encode(text, encoding));
const JPEG_START = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const PNG_START = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function refusal(promise: Promise<unknown>): Promise<DocumentReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentReadError);
  return error as DocumentReadError;
}

afterAll(() => closeParserThread());

describe('sniffFormat: magic bytes first, then the extension, then the text', () => {
  it.each<[string, Uint8Array, string, SourceFormat]>([
    ['a PDF named .txt', bytes('%PDF-1.7\n'), 'notes.txt', 'pdf'],
    ['a PDF after junk bytes', bytes('\r\n\r\n%PDF-1.4\n'), 'flyer', 'pdf'],
    ['a zip named .docx', bytes('PK\x03\x04rest', 'latin1'), 'policy.docx', 'docx'],
    ['a JPEG named .png', JPEG_START, 'poster.png', 'image'],
    ['a PNG with no extension', PNG_START, 'scan', 'image'],
    ['Markdown by extension', bytes('# Title'), 'README.MD', 'markdown'],
    ['HTML by extension', bytes('plain words'), 'page.htm', 'html'],
    ['HTML by its doctype', bytes('\uFEFF  <!DOCTYPE html><p>x'), 'download', 'html'],
    ['text by extension', bytes('<html> in a text file'), 'notes.txt', 'text'],
    ['text when nothing else fits', bytes('We reply within a day.'), 'policy.rtf2', 'text'],
    ['UTF-16 text despite its NUL bytes', bytes('\uFEFFWe reply within a day.', 'utf16le'), 'policy.txt', 'text'],
  ])('%s -> %s', (_name, data, fileName, format) => {
    expect(sniffFormat(data, fileName, fileName)).toBe(format);
  });

  it.each<[string, Uint8Array, string, string]>([
    ['an HTML page saved as .pdf', bytes('<!DOCTYPE html><html>'), 'flyer.pdf', 'flyer.pdf: not a PDF (starts with "<!DOCTYPE ht")'],
    ['a text file saved as .docx', bytes('Policy'), 'policy.docx', 'policy.docx: not a DOCX (starts with "Policy")'],
    ['an empty .png', new Uint8Array(), 'poster.png', 'poster.png: not a PNG or JPEG image (starts with nothing (empty file))'],
    ['a GIF', bytes('GIF89a\x01\x00', 'latin1'), 'banner.gif', 'banner.gif: is a GIF image, which cannot be read; save it as PDF, DOCX, HTML, Markdown, text, PNG or JPEG'],
    ['a legacy Word file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.doc', 'old.doc: is a legacy Word/Excel file (.doc/.xls), which cannot be read; save it as PDF, DOCX, HTML, Markdown, text, PNG or JPEG'],
    ['binary data', new Uint8Array([0x01, 0x02, 0x00, 0x7f, 0x00, 0x00, 0x10]), 'dump.bin', 'dump.bin: is a binary file of an unsupported type (starts with "\\x01\\x02\\x00\\x7f\\x00\\x00\\x10")'],
  ])('%s is refused', (_name, data, fileName, message) => {
    expect(() => sniffFormat(data, fileName, fileName)).toThrow(message);
  });
});

describe('readDocumentFile', () => {
  it('reads a PDF whatever its name, as a flyer, with page numbers', async () => {
    const doc = await readDocumentFile(simpleTextPdf(['We answer every call within 30 seconds.']), '/srv/docs/notes.txt');
    expect(doc).toMatchObject({ uri: 'file:///srv/docs/notes.txt', kind: 'flyer', format: 'pdf', pageCount: 1 });
    expect(doc.passages[0]).toMatchObject({ text: 'We answer every call within 30 seconds.', location: { page: 1 } });
  });

  it('reads a windows-1252 text file with CRLF line ends exactly', async () => {
    const doc = await readDocumentFile(fixtureBytes('refunds-policy.txt'), 'refunds-policy.txt');
    expect(doc).toMatchObject({ uri: 'refunds-policy.txt', kind: 'policy', format: 'text', title: 'HARBOUR HOME ENERGY REFUNDS POLICY' });
    expect(doc.passages.map((p) => [p.text, p.role, p.leadIn, p.location.line])).toEqual([
      ['HARBOUR HOME ENERGY REFUNDS POLICY', 'heading', null, 1],
      ['We refund overpayments promptly.', 'sentence', null, 4],
      ['Once you close your account, we send your final bill within 6 weeks.', 'sentence', null, 4],
      ['If you ask for a refund, we will:', 'sentence', null, 7],
      ['check your meter readings within 5 working days;', 'list-item', 'If you ask for a refund, we will:', 8],
      ['pay the refund into your bank account within 10 working days of agreeing the amount.', 'list-item', 'If you ask for a refund, we will:', 9],
      ['Refunds over €500 are checked by a second member of staff – this can add a day.', 'sentence', null, 12],
    ]);
  });

  it.each([
    ['UTF-8 with a BOM', bytes('\uFEFFCafé refunds take 5 days.')],
    ['UTF-8 without a BOM', bytes('Café refunds take 5 days.')],
    ['UTF-16LE with a BOM', bytes('\uFEFFCafé refunds take 5 days.', 'utf16le')],
    ['UTF-16BE with a BOM', bytes('\uFEFFCafé refunds take 5 days.', 'utf16be')],
    ['UTF-16LE without a BOM', bytes('Café refunds take 5 days.', 'utf16le')],
    ['windows-1252', bytes('Café refunds take 5 days.', 'windows-1252')],
  ])('decodes %s text', async (_name, data) => {
    const doc = await readDocumentFile(data, 'cafe.txt');
    expect(doc.passages.map((p) => p.text)).toEqual(['Café refunds take 5 days.']);
  });

  it('reads HTML in the charset its <meta> declares', async () => {
    const html = bytes('<html><head><meta charset="windows-1252"><title>Prices</title></head><body><p>Delivery costs £4 – always.</p></body></html>', 'windows-1252');
    const doc = await readDocumentFile(html, 'https://example.org/prices.html');
    expect(doc).toMatchObject({ uri: 'https://example.org/prices.html', kind: 'policy', format: 'html', title: 'Prices' });
    expect(doc.passages.map((p) => p.text)).toEqual(['Delivery costs £4 – always.']);
  });

  it('reads Markdown as a policy unless told otherwise', async () => {
    const data = fixtureBytes('complaints-policy.md');
    expect((await readDocumentFile(data, 'complaints-policy.md')).kind).toBe('policy');
    expect((await readDocumentFile(data, 'complaints-policy.md', 'flyer')).kind).toBe('flyer');
  });

  it('refuses a file over the input cap before reading it', async () => {
    const error = await refusal(readDocumentFile(bytes('x'.repeat(2 * 1024 * 1024)), 'huge.txt', undefined, { maxInputBytes: 1024 * 1024 }));
    expect(error).toMatchObject({ code: 'too-large', message: 'huge.txt: is 2.0 MB; the limit for a document is 1.0 MB' });
  });

  it('names the file in every refusal', async () => {
    const error = await refusal(readDocumentFile(bytes('<!DOCTYPE html>'), '/home/me/Downloads/flyer.pdf'));
    expect(error.message).toBe('flyer.pdf: not a PDF (starts with "<!DOCTYPE ht")');
  });
});

describe('sniffDocumentKind and documentUri', () => {
  it.each([
    [simpleTextPdf(['x']), 'a.pdf', 'flyer'],
    [PNG_START, 'a.png', 'flyer'],
    [bytes('# Policy'), 'a.md', 'policy'],
    [bytes('text'), 'a.txt', 'policy'],
  ] as const)('%#: %s is read as a %s by default', (data, name, kind) => {
    expect(sniffDocumentKind(data, name)).toBe(kind);
  });

  it('refuses what no reader takes, naming the file', () => {
    expect(() => sniffDocumentKind(bytes('GIF89a', 'latin1'), 'c:\\scans\\logo.gif')).toThrow(/^logo\.gif: is a GIF image/);
  });

  it.each([
    ['/srv/docs/Service Charter.pdf', 'file:///srv/docs/Service%20Charter.pdf'],
    ['file:///srv/docs/a.pdf', 'file:///srv/docs/a.pdf'],
    ['https://example.org/flyer.pdf', 'https://example.org/flyer.pdf'],
    ['charter.pdf', 'charter.pdf'],
  ])('%s -> %s', (name, uri) => {
    expect(documentUri(name)).toBe(uri);
  });
});

describe('the readers in a command-line process', () => {
  it('print nothing on stdout and let the process exit once done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-cli-'));
    try {
      const files = {
        'offer.pdf': fontMatrixInjectionPdf(join(dir, 'pwned'), 'Calls are answered within 30 seconds.'),
        'policy.md': fixtureBytes('complaints-policy.md'),
      };
      for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
      // The parser thread idles for 30 s before it is stopped: a process it kept alive would be killed here first.
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(new URL('./read-files-child.ts', import.meta.url)), ...Object.keys(files).map((f) => join(dir, f))],
        { cwd: fileURLToPath(new URL('../../../', import.meta.url)), timeout: 25_000 },
      );
      expect(stdout).toBe('');
      expect(stderr).toContain('offer.pdf: 2 passages');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
