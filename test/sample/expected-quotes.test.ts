/**
 * Every quote in a fixture's expected.json is where it says, exactly once, and nowhere else;
 * labels follow the corpus conventions; the planted robots/sitemap situations are real.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIRS, loadFixture, type Fixture } from './expected-schema.js';
import { readFixtureSources, type SourceText } from './fixture-sources.js';
import { occurrences } from './source-text.js';

const THRESHOLD_SECONDS: Readonly<Record<string, number>> = { seconds: 1, minutes: 60, hours: 3600 };

/** A threshold in a comparable form: time units in seconds, others as they are. */
function normalisedThreshold(value: number | null, unit: string | null): string {
  if (value === null || unit === null) return 'none';
  const seconds = THRESHOLD_SECONDS[unit];
  return seconds === undefined ? `${value} ${unit}` : `${value * seconds} s`;
}

describe.each(FIXTURE_DIRS)('%s expected.json', (name, dir) => {
  let fixture: Fixture;
  let sources: Map<string, SourceText>;

  beforeAll(async () => {
    fixture = await loadFixture(name, dir);
    sources = await readFixtureSources(fixture);
  });

  it('has unique promise ids and quotes of 4-12 words', () => {
    const ids = fixture.expected.promises.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const promise of fixture.expected.promises) {
      const words = promise.quote.split(' ').length;
      expect(words, promise.id).toBeGreaterThanOrEqual(4);
      expect(words, promise.id).toBeLessThanOrEqual(12);
    }
  });

  it('finds each promise exactly once in every source it names, and in no other source', () => {
    for (const promise of fixture.expected.promises) {
      const named = new Set(promise.occurrences.map((o) => o.file));
      for (const [file, source] of sources) {
        const count = occurrences(source.text, promise.quote);
        expect({ promise: promise.id, file, count }).toEqual({ promise: promise.id, file, count: named.has(file) ? 1 : 0 });
      }
      for (const occurrence of promise.occurrences) {
        const source = sources.get(occurrence.file);
        expect(source, `${promise.id}: unknown source ${occurrence.file}`).toBeDefined();
        if (occurrence.page !== undefined) {
          const pageText = source?.pages?.[occurrence.page - 1];
          expect(pageText, `${promise.id}: no page ${occurrence.page}`).toBeDefined();
          expect(occurrences(pageText ?? '', promise.quote), `${promise.id} on page ${occurrence.page}`).toBe(1);
        }
      }
    }
  });

  it('finds each non-promise and unasserted passage exactly once in its file', () => {
    for (const item of [...fixture.expected.nonPromises, ...fixture.expected.unasserted]) {
      const source = sources.get(item.file);
      expect(source, item.file).toBeDefined();
      expect({ quote: item.quote, count: occurrences(source?.text ?? '', item.quote) }).toEqual({ quote: item.quote, count: 1 });
    }
  });

  it('keeps non-promises apart from promises', () => {
    for (const item of fixture.expected.nonPromises) {
      for (const promise of fixture.expected.promises) {
        expect(item.quote.includes(promise.quote) || promise.quote.includes(item.quote), `${item.quote} / ${promise.id}`).toBe(false);
      }
    }
  });

  it('labels promises the way the corpus does', () => {
    for (const p of fixture.expected.promises) {
      const context = p.id;
      if (!p.measurable) {
        expect([p.value, p.valueMax, p.unit], context).toEqual([null, null, null]);
        expect(p.verdict, context).toBe('unmeasurable');
        expect(p.basis, context).toBe('unmeasurable');
      } else {
        expect(p.verdict, context).not.toBe('unmeasurable');
      }
      if (p.strength === 'vague') expect(p.category, context).toBe('values');
      if (p.category === 'values' || p.category === 'staff-conduct') expect(p.measurable, context).toBe(false);
      expect(p.scope === 'share', context).toBe(p.share !== null);
      if (p.unit !== null) expect(p.value, context).not.toBeNull();
      expect(p.basis === 'planted', context).toBe(p.practice !== null);
      if (p.practice) expect(p.practice.metric, context).toBe(p.category);
    }
  });

  it('plants inconsistent pairs with different thresholds and consistent pairs with equal ones', () => {
    const byId = new Map(fixture.expected.promises.map((p) => [p.id, p]));
    expect(fixture.expected.inconsistent.length).toBeGreaterThan(0);
    for (const pair of fixture.expected.inconsistent) {
      const a = byId.get(pair.claim);
      const b = byId.get(pair.conflictsWith);
      expect(a && b, `${pair.claim} / ${pair.conflictsWith}`).toBeTruthy();
      if (!a || !b) continue;
      expect(a.category).toBe(b.category);
      expect(normalisedThreshold(a.value, a.unit)).not.toBe(normalisedThreshold(b.value, b.unit));
      // The two come from different kinds of source: that is what makes it a cross-source finding.
      expect(a.occurrences.some((o) => o.file.startsWith('site/'))).toBe(true);
      expect(b.occurrences.every((o) => o.file.startsWith('documents/'))).toBe(true);
    }
    for (const pair of fixture.expected.notInconsistent) {
      const a = byId.get(pair.claim);
      const b = byId.get(pair.with);
      expect(a && b, `${pair.claim} / ${pair.with}`).toBeTruthy();
      if (!a || !b) continue;
      expect(a.category).toBe(b.category);
      expect(normalisedThreshold(a.value, a.unit)).toBe(normalisedThreshold(b.value, b.unit));
    }
  });

  it('hides a promise only on the robots-excluded page', () => {
    for (const excluded of fixture.expected.site.robotsExcluded) {
      for (const [file, source] of sources) {
        expect({ file, count: occurrences(source.text, excluded.mustNotAppear) }).toEqual({
          file,
          count: file === excluded.file ? 1 : 0,
        });
      }
    }
  });

  it('matches the documents it lists', () => {
    for (const doc of fixture.expected.documents) {
      const source = sources.get(doc.file);
      expect(source, doc.file).toBeDefined();
      expect(source?.pages?.length ?? null).toBe(doc.pages);
    }
  });
});
