import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PassageDraft, ReadDocument } from '../../../shared/domain/types.js';
import { DocumentReadError } from '../../../shared/sources/documents/document-error.js';
import { readDocx } from '../../../shared/sources/documents/docx.js';
import { closeParserThread } from '../../../shared/sources/documents/parser-thread.js';
import { buildZip, minimalDocxEntries } from './zip-builder.js';

const MiB = 1024 * 1024;

function cell(text: string): TableCell {
  return new TableCell({ children: [new Paragraph(text)] });
}

/** A complaints policy as a compliance team would write it in Word. */
async function complaintsPolicy(): Promise<Uint8Array> {
  const doc = new Document({
    title: 'Complaints Handling Policy',
    creator: 'Harbour Home Energy',
    numbering: {
      config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Complaints Handling Policy', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('We take every complaint seriously. '), new TextRun({ text: 'If you complain, we will:', bold: true })] }),
          new Paragraph({ text: 'acknowledge it within 2 working days;', bullet: { level: 0 } }),
          new Paragraph({ text: 'give you a named case handler;', bullet: { level: 0 } }),
          new Paragraph({ text: 'send a final response within 8 weeks.', bullet: { level: 0 } }),
          new Paragraph({ text: 'How to reach us', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('Our response times depend on how you contact us.'),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Channel'), cell('Response time')] }),
              new TableRow({ children: [cell('Phone'), cell('answered within 60 seconds')] }),
              new TableRow({ children: [cell('Email'), cell('answered within 2 working days')] }),
            ],
          }),
          new Paragraph({ text: 'Escalation', heading: HeadingLevel.HEADING_2 }),
          new Paragraph('If you are unhappy with our response, you can:'),
          new Paragraph({ text: 'ask for a review by a senior manager;', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'refer it to the Energy Ombudsman.', numbering: { reference: 'steps', level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

function passage(doc: ReadDocument, text: string): PassageDraft {
  const found = doc.passages.find((p) => p.text === text);
  if (!found) throw new Error(`no passage "${text}" in:\n${doc.passages.map((p) => `  ${p.text}`).join('\n')}`);
  return found;
}

async function refusal(bytes: Uint8Array, options?: Parameters<typeof readDocx>[3]): Promise<DocumentReadError> {
  const error = await readDocx(bytes, 'file:///inbox/policy.docx', 'policy', options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentReadError);
  return error as DocumentReadError;
}

afterAll(() => closeParserThread());

describe('readDocx on a Word policy', () => {
  let doc: ReadDocument;
  beforeAll(async () => {
    doc = await readDocx(await complaintsPolicy(), 'file:///policies/complaints.docx');
  });

  it('takes its title from the document properties', () => {
    expect(doc).toMatchObject({ uri: 'file:///policies/complaints.docx', kind: 'policy', format: 'docx', title: 'Complaints Handling Policy', pageCount: null });
  });

  it('splits paragraphs into sentences under their heading', () => {
    expect(passage(doc, 'We take every complaint seriously.')).toMatchObject({ role: 'sentence', context: 'Complaints Handling Policy', location: { path: 'p:nth-of-type(1)' } });
  });

  it.each([
    ['acknowledge it within 2 working days;', 'If you complain, we will:', 'ul > li:nth-of-type(1)'],
    ['give you a named case handler;', 'If you complain, we will:', 'ul > li:nth-of-type(2)'],
    ['send a final response within 8 weeks.', 'If you complain, we will:', 'ul > li:nth-of-type(3)'],
    ['ask for a review by a senior manager;', 'If you are unhappy with our response, you can:', 'ol > li:nth-of-type(1)'],
    ['refer it to the Energy Ombudsman.', 'If you are unhappy with our response, you can:', 'ol > li:nth-of-type(2)'],
  ])('"%s" is a list item under "%s" at %s', (text, leadIn, path) => {
    expect(passage(doc, text)).toMatchObject({ role: 'list-item', leadIn, location: { page: null, path, line: null } });
  });

  it.each([
    ['answered within 60 seconds', 'Phone | Response time', 'table > tr:nth-of-type(2) > td:nth-of-type(2)'],
    ['answered within 2 working days', 'Email | Response time', 'table > tr:nth-of-type(3) > td:nth-of-type(2)'],
  ])('table cell "%s" keeps its headers "%s"', (text, context, path) => {
    // The segmenter may add the section after the headers.
    expect(passage(doc, text)).toMatchObject({ role: 'table-cell', context: expect.stringMatching(new RegExp(`^${context.replace('|', '\\|')}(?: — |$)`)), location: { path } });
  });
});

describe('readDocx refuses zip bombs before inflating them', () => {
  it('an entry that expands a thousandfold (a classic bomb)', async () => {
    const bomb = buildZip(minimalDocxEntries('').map((e) => (e.name === 'word/document.xml' ? { ...e, data: Buffer.alloc(64 * MiB, 0x20) } : e)));
    const error = await refusal(bomb);
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toMatch(/^policy\.docx: refused as a possible zip bomb: "word\/document\.xml" expands 64 KB to 64\.0 MB \(ratio \d+:1, limit 200:1\)$/);
  });

  it('entries whose sizes add up past the total cap', async () => {
    const parts = Array.from({ length: 12 }, (_, i) => ({ name: `word/media/photo${i}.bin`, data: Buffer.alloc(100 * 1024, i), stored: true }));
    const error = await refusal(buildZip([...minimalDocxEntries('<w:p/>'), ...parts]), { zip: { maxTotalUncompressedBytes: 1 * MiB } });
    expect(error.message).toBe('policy.docx: refused as a possible zip bomb: it would expand to more than 1.0 MB (limit), at entry "word/media/photo10.bin"');
  });

  it('more entries than any Word document has', async () => {
    const many = Array.from({ length: 6_000 }, (_, i) => ({ name: `word/x${i}.xml`, data: Buffer.from('<a/>'), stored: true }));
    const error = await refusal(buildZip([...minimalDocxEntries('<w:p/>'), ...many]));
    expect(error.message).toBe('policy.docx: refused as a possible zip bomb: 6003 entries (limit 5000)');
  });

  it('entries that overlap, so a few kilobytes stand for gigabytes', async () => {
    const layers = Array.from({ length: 5 }, (_, i) => ({ name: `word/layer${i}.xml`, data: Buffer.alloc(200_000, 0x41) }));
    const error = await refusal(buildZip([...minimalDocxEntries('<w:p/>'), ...layers], { overlapAllOnto: 2 }));
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toMatch(/^policy\.docx: refused as a possible zip bomb: entries "[^"]+" and "[^"]+" overlap$/);
  });

  it('an entry that lies about its size', async () => {
    const liar = minimalDocxEntries('').map((e) => (e.name === 'word/document.xml' ? { ...e, data: Buffer.alloc(8 * MiB, 0x20), declaredSize: 10_000 } : e));
    const error = await refusal(buildZip(liar));
    expect(error.message).toBe('policy.docx: refused as a possible zip bomb: "word/document.xml" inflates to more than the 10000 bytes it declares');
  });
});

describe('readDocx refuses what is not a Word document', () => {
  it.each([
    ['a PDF renamed .docx', new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj')), 'policy.docx: not a DOCX (starts with "%PDF-1.7\\x0a1 0")'],
    ['a zip of something else', buildZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]), 'policy.docx: is a zip archive but not a Word document (no word/ part)'],
    ['a zip cut short', buildZip(minimalDocxEntries('<w:p/>')).subarray(0, 200), 'policy.docx: is not a valid zip archive: no end-of-central-directory record'],
  ])('%s', async (_name, bytes, message) => {
    expect((await refusal(bytes)).message).toBe(message);
  });
});
