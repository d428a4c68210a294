import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PassageDraft, ReadDocument } from '../../../shared/domain/types.js';
import { DocumentReadError } from '../../../shared/sources/documents/document-error.js';
import { closeParserThread } from '../../../shared/sources/documents/parser-thread.js';
import { readPdf } from '../../../shared/sources/documents/pdf.js';
import { fontMatrixInjectionPdf, scriptActionsPdf } from './pdf-builder.js';
import { fixtureText, htmlToPdf } from './render-with-chromium.js';

function passage(doc: ReadDocument, text: string): PassageDraft {
  const found = doc.passages.find((p) => p.text === text);
  if (!found) throw new Error(`no passage "${text}" in:\n${doc.passages.map((p) => `  ${p.text}`).join('\n')}`);
  return found;
}

async function readError(promise: Promise<unknown>): Promise<DocumentReadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DocumentReadError);
  return error as DocumentReadError;
}

let charter: Uint8Array;
const uri = 'file:///audits/harbour/service-charter.pdf';

beforeAll(async () => {
  charter = await htmlToPdf(fixtureText('service-charter.html'));
});
afterAll(() => closeParserThread());

describe('readPdf on a two-page charter printed by Chromium', () => {
  let doc: ReadDocument;
  beforeAll(async () => {
    doc = await readPdf(charter, uri);
  });

  it('names the document and counts its pages', () => {
    expect(doc).toMatchObject({ uri, kind: 'flyer', format: 'pdf', pageCount: 2, title: 'Harbour Home Energy - Customer Service Charter' });
    expect(doc.warnings).toEqual([]);
  });

  it.each([
    ['Our Customer Service Charter', 'heading', 1],
    ['Phone', 'heading', 1],
    ['Complaints', 'heading', 2],
    ['We reply to emails within 2 working days.', 'sentence', 1],
    ['Letters are answered within 10 working days of arriving.', 'sentence', 1],
    ['We acknowledge every complaint within 24 hours.', 'sentence', 2],
    ['Our engineers arrive within the two-hour slot you book, or we pay you £30.', 'sentence', 2],
  ] as const)('"%s" is a %s on page %i', (text, role, page) => {
    expect(passage(doc, text)).toMatchObject({ role, location: { page, path: null, line: null } });
  });

  it('joins a paragraph wrapped over several lines into its sentences', () => {
    expect(passage(doc, 'This charter sets out the standards of service you can expect from our customer team, and it is reviewed every year with our customer panel.').location.page).toBe(1);
  });

  it('attaches the lead-in to bullet items whose bullets Chromium drew as shapes', () => {
    for (const text of ['answer your call within 60 seconds;', 'call you back within one working day if we cannot solve your problem during the call.']) {
      expect(passage(doc, text)).toMatchObject({ role: 'list-item', leadIn: 'If you phone us, we will:', context: 'Phone', location: { page: 1 } });
    }
  });

  it('attaches the lead-in to numbered items on the second page, without their numbers', () => {
    for (const text of ['give you the name of the person handling it;', 'resolve it within 8 weeks.']) {
      expect(passage(doc, text)).toMatchObject({ role: 'list-item', leadIn: 'When you complain, we aim to:', location: { page: 2 } });
    }
  });
});

describe('readPdf limits', () => {
  it('reads only up to the page cap, and says so', async () => {
    const doc = await readPdf(charter, uri, 'policy', { limits: { maxPages: 1 } });
    expect(doc.kind).toBe('policy');
    expect(doc.pageCount).toBe(2);
    expect(doc.passages.every((p) => p.location.page === 1)).toBe(true);
    expect(doc.warnings).toContain('read the first 1 of 2 pages (page cap)');
  });

  it('gives up at the time limit with an error naming the file, and the next read still works', async () => {
    const error = await readError(readPdf(charter, uri, 'flyer', { limits: { timeoutMs: 1 } }));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe('service-charter.pdf: could not be read within 1 ms; gave up');
    const again = await readPdf(charter, uri);
    expect(again.passages.length).toBeGreaterThan(10);
  });
});

describe('readPdf refuses what is not a readable PDF', () => {
  it.each([
    ['garbage after the header', () => new Uint8Array(Buffer.from(`%PDF-1.7\n${'\u0007 obj << /Kids ['.repeat(300)}`, 'latin1'))],
    ['the first half of a real PDF', () => charter.subarray(0, Math.floor(charter.length / 2))],
    ['a header and nothing else', () => new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n'))],
  ])('%s: a clear error naming the file', async (_name, bytes) => {
    const error = await readError(readPdf(bytes(), 'file:///inbox/broken%20flyer.pdf'));
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe('broken flyer.pdf: is not a readable PDF (Invalid PDF structure)');
  });

  it('an HTML page saved as .pdf', async () => {
    const error = await readError(readPdf(new Uint8Array(Buffer.from('<!DOCTYPE html><html><body>Offers</body></html>')), 'flyer.pdf'));
    expect(error.message).toBe('flyer.pdf: not a PDF (starts with "<!DOCTYPE ht")');
  });
});

describe('readPdf never runs a PDF\'s JavaScript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pa-pdf-js-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a Type1 FontMatrix injection (CVE-2024-4367)', fontMatrixInjectionPdf],
    ['open, page, names-tree and form-field JavaScript actions', scriptActionsPdf],
  ])('%s: the text is read and no script runs', async (name, build) => {
    const sentinel = join(dir, `${name.length}-pwned.txt`);
    const doc = await readPdf(build(sentinel, 'Calls are answered within 30 seconds.'), 'file:///inbox/offer.pdf');
    expect(doc.passages.map((p) => p.text)).toContain('Calls are answered within 30 seconds.');
    expect(existsSync(sentinel)).toBe(false);
    expect((globalThis as { __promiseAuditPwned?: unknown }).__promiseAuditPwned).toBeUndefined();
  });
});

describe('readPdf on damaged copies of a real PDF', () => {
  // A small deterministic generator, so a failure names a mutant that can be rebuilt.
  function mulberry32(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it('reads or refuses each of 40 byte-flipped mutants, and the process goes on', async () => {
    const outcomes = { read: 0, refused: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const random = mulberry32(seed);
      const mutant = charter.slice();
      const flips = 1 + Math.floor(random() * 20);
      for (let i = 0; i < flips; i++) mutant[Math.floor(random() * mutant.length)] = Math.floor(random() * 256);
      const result = await readPdf(mutant, `file:///fuzz/mutant-${seed}.pdf`).then(
        () => 'read' as const,
        (error: unknown) => {
          expect(error, `mutant ${seed}`).toBeInstanceOf(DocumentReadError);
          expect((error as Error).message, `mutant ${seed}`).toMatch(new RegExp(`^mutant-${seed}\\.pdf: `));
          return 'refused' as const;
        },
      );
      outcomes[result]++;
    }
    expect(outcomes.read + outcomes.refused).toBe(40);
    expect((await readPdf(charter, uri)).pageCount).toBe(2);
  });
});
