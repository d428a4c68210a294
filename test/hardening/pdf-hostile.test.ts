/**
 * readPdf (shared/sources/documents/pdf.ts) against hostile PDFs:
 *  - CVE-2024-4367: a /FontMatrix that smuggles JavaScript into vulnerable pdf.js's glyph
 *    compiler, built by hand in four shapes (support/cve-2024-4367.ts and the documents
 *    tests' builder): no script runs in any thread (a global and a file sentinel stay unset);
 *  - byte-flipped mutants of the twenty Chromium-printed flyers in
 *    test/fixtures/hardening/pdfs/: each is read or refused with a clear DocumentReadError
 *    (message starting with the file's name, a known code) within 10 s, and the process and
 *    the parser thread go on working. 1,000 mutants in every run (the issue's count).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentReadError } from '../../shared/sources/documents/document-error.js';
import { closeParserThread } from '../../shared/sources/documents/parser-thread.js';
import { readPdf } from '../../shared/sources/documents/pdf.js';
import { fontMatrixInjectionPdf } from '../sources/documents/pdf-builder.js';
import { cidMatrixPdf, SENTINEL_GLOBAL, type1MatrixPdf, type3MatrixPdf } from './support/cve-2024-4367.js';
import { figure, ms } from './support/figures.js';
import { scaled } from './support/scale.js';
import { pick, seededRandom } from './support/seeded-random.js';

const PDF_DIR = fileURLToPath(new URL('../fixtures/hardening/pdfs/', import.meta.url));
const CODES = new Set(['too-large', 'unsupported-format', 'corrupt', 'zip-bomb', 'image-too-large', 'timeout', 'encrypted']);
const PER_READ_LIMIT_MS = 10_000;

afterAll(() => closeParserThread());

describe('CVE-2024-4367: a PDF font matrix carrying JavaScript', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hardening-cve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['a Type1 font, as in the published proof of concept', type1MatrixPdf],
    ['a Type3 font, whose matrix maps every glyph', type3MatrixPdf],
    ['a CID font under a Type0 font', cidMatrixPdf],
    ['a Type1 font with a broken font program, painted with a pattern', fontMatrixInjectionPdf],
  ])('%s: the text is read and no script runs in any thread', async (name, build) => {
    const sentinel = join(dir, `${name.length}.pwned`);
    const visible = 'Refunds reach your account within 5 working days.';
    const doc = await readPdf(build(sentinel, visible), 'file:///inbox/special-offer.pdf');
    expect(doc.passages.map((p) => p.text)).toContain(visible);
    expect(existsSync(sentinel)).toBe(false);
    expect((globalThis as Record<string, unknown>)[SENTINEL_GLOBAL]).toBeUndefined();
    figure(`CVE-2024-4367 ${name}`, 'read, no script ran (sentinel file absent, global unset)');
  });
});

describe('byte-flipped mutants of twenty real PDFs', () => {
  const originals = readdirSync(PDF_DIR)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(join(PDF_DIR, f))) }));

  it('has twenty varied PDFs printed by Chromium to mutate', async () => {
    expect(originals.length).toBe(20);
    const pages = await Promise.all(originals.slice(0, 3).map(async (o) => (await readPdf(o.bytes, o.name)).pageCount));
    expect(pages.every((n) => (n ?? 0) >= 1)).toBe(true);
  });

  it('each mutant is read or refused with a clear DocumentReadError within 10 s, and reading goes on', async () => {
    const count = scaled('PDF mutants', 1000, 1000);
    const outcomes = { read: 0, refused: 0 };
    const codes = new Map<string, number>();
    let slowest = { ms: 0, seed: 0 };
    for (let seed = 1; seed <= count; seed++) {
      const random = seededRandom(seed);
      const original = originals[seed % originals.length]!;
      const mutant = original.bytes.slice();
      const flips = 1 + pick(random, 20);
      for (let i = 0; i < flips; i++) mutant[pick(random, mutant.length)] = pick(random, 256);
      const name = `mutant-${seed}-of-${original.name}`;
      const started = performance.now();
      const outcome = await readPdf(mutant, `file:///fuzz/${name}`).then(
        (doc) => {
          expect(Array.isArray(doc.passages), name).toBe(true);
          return 'read' as const;
        },
        (error: unknown) => {
          expect(error, name).toBeInstanceOf(DocumentReadError);
          const e = error as DocumentReadError;
          expect(e.message.startsWith(`${name}: `), e.message).toBe(true);
          expect(e.message.length, e.message).toBeGreaterThan(name.length + 10);
          expect(CODES.has(e.code), e.code).toBe(true);
          codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
          return 'refused' as const;
        },
      );
      const took = performance.now() - started;
      if (took > slowest.ms) slowest = { ms: took, seed };
      expect(took, `${name} took ${ms(took)}`).toBeLessThan(PER_READ_LIMIT_MS);
      outcomes[outcome]++;
    }
    figure('PDF mutants read', `${count} (${outcomes.read} read, ${outcomes.refused} refused: ${[...codes].map(([c, n]) => `${n} ${c}`).join(', ') || 'none'})`);
    figure('PDF mutants slowest read', `${ms(slowest.ms)} (seed ${slowest.seed})`);
    expect(outcomes.read + outcomes.refused).toBe(count);
    // The process and the parser thread survived: an untouched original still reads.
    const after = await readPdf(originals[0]!.bytes, originals[0]!.name);
    expect(after.passages.length).toBeGreaterThan(0);
  }, 300_000);
});
