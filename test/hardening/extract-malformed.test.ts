/**
 * extractClaims (shared/extract/extract.ts) on any string as passages: it never throws, every
 * claim's text is a slice of the passage it came from (nothing added, nothing escaped), and no
 * call burns a second of CPU (a regular expression that backtracks on crafted text would).
 * Strings mix arbitrary Unicode (astral, combining, case-changing "İ", bidi controls, NUL)
 * with the words promises are made of, so the extractor's deeper paths run too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSAGE_ROLES } from '../../shared/domain/vocabulary.js';
import type { SourcedPassage } from '../../shared/domain/types.js';
import { extractClaims } from '../../shared/extract/extract.js';
import { MaxTracker, withCpuTime } from './support/cpu-time.js';
import { figure, ms } from './support/figures.js';

const WORDS = [
  'we', 'will', 'answer', 'calls', 'within', '30', 'seconds', 'working days', 'hours', '95%', 'of', 'complaints', 'guarantee',
  'aim to', 'always', 'refund', '£5', 'if not', 'unless', 'please', 'call us', ':', '?', '.', ',', ';', '(', ')', '-', '–',
  '“', '”', "'", 'İ', 'ǅ', '\u0000', '\u202e', '\u200b', '\u0301', '\ud83d\ude00', '\u00a0', '\n', '24/7', '1-2', 'x'.repeat(300),
  '9'.repeat(40), 'within within within', '((((((((', ')))))))', '%%%%', '0.5e308', 'Infinity', 'NaN',
] as const;

const promiseLike = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'binary', maxLength: 10 })), { maxLength: 40 }).map((w) => w.join(' '));
// A real promise with arbitrary text around and inside it, so claims are found and checked.
const PROMISES = ['We answer every call within 30 seconds', 'we reply to emails within 2 working days', 'Refunds are paid within 5 days', 'We aim to resolve 95% of complaints within 8 weeks'];
const spliced = fc
  .tuple(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom(...PROMISES), fc.nat(), fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 30 }))
  .map(([before, promise, at, inside, after]) => {
    const i = at % (promise.length + 1);
    return `${before}${promise.slice(0, i)}${inside}${promise.slice(i)}.${after}`;
  });
const anyText = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 400 }) },
  { weight: 3, arbitrary: promiseLike },
  { weight: 3, arbitrary: spliced },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4000 }) },
);

const passage: fc.Arbitrary<SourcedPassage> = fc.record({
  text: anyText,
  role: fc.constantFrom(...PASSAGE_ROLES),
  leadIn: fc.option(anyText, { nil: null }),
  context: fc.option(anyText, { nil: null }),
  location: fc.record({
    page: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
    path: fc.option(fc.constantFrom('main > p', 'ul > li', 'table > tr > td'), { nil: null }),
    line: fc.option(fc.nat(), { nil: null }),
  }),
  boilerplate: fc.boolean(),
  uri: fc.constantFrom('https://shop.example/', 'https://shop.example/help', 'file:///inbox/flyer.pdf'),
  kind: fc.constantFrom('page' as const, 'flyer' as const, 'policy' as const),
});

describe('extractClaims on any string', () => {
  it('never throws; every claim is a slice of its source passage; no call takes a second of CPU (property, 1,000 runs)', () => {
    const cpu = new MaxTracker();
    let claims = 0;
    let passages = 0;
    fc.assert(
      fc.property(fc.array(passage, { minLength: 1, maxLength: 12 }), (input) => {
        const { value, cpuMs } = withCpuTime(() => extractClaims(input));
        passages += input.length;
        claims += value.length;
        cpu.add(cpuMs, `${input.length} passages, ${input.reduce((n, p) => n + p.text.length, 0)} chars`);
        expect(cpuMs).toBeLessThan(1_000);
        for (const claim of value) {
          expect(claim.text.length).toBeGreaterThan(0);
          const from = input.filter((p) => p.uri === claim.source.uri && p.text.includes(claim.text));
          expect(from.length, `claim "${claim.text}" is not a slice of any passage of ${claim.source.uri}`).toBeGreaterThan(0);
          expect(claim.occurrences.length).toBeGreaterThan(0);
        }
        expect(new Set(value.map((c) => c.key)).size).toBe(value.length);
      }),
      { numRuns: 1000 },
    );
    figure('extractClaims property runs', `1000 runs, ${passages} passages, ${claims} claims found`);
    figure('extractClaims slowest run (CPU)', `${ms(cpu.value)} (${cpu.label})`);
    expect(claims).toBeGreaterThan(0);
  });
});
