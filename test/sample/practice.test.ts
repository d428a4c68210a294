/**
 * The committed practice logs parse as canonical CSV, are exactly what the seeded generator
 * produces, and carry the statistics each planted promise needs for its verdict.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_CATEGORIES, PRACTICE_UNITS } from '../../shared/domain/vocabulary.js';
import { practiceFiles } from '../../sample/src/build-practice.js';
import { CANONICAL_COLUMNS } from '../../sample/src/practice-csv.js';
import { FIXTURE_DIRS, loadFixture, type Fixture } from './expected-schema.js';
import { convert, countMet, plannedVerdict, quantile, wilson } from './verdict-math.js';

type Row = Record<(typeof CANONICAL_COLUMNS)[number], string>;

async function readCanonical(file: string): Promise<Row[]> {
  const text = await readFile(file, 'utf8');
  const header = text.slice(0, text.indexOf('\n'));
  expect(header, file).toBe(CANONICAL_COLUMNS.join(','));
  return parse(text, { columns: true, skip_empty_lines: true }) as Row[];
}

const LOCAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+01:00$/;
const QUARTER_START = Date.parse('2026-07-01T00:00:00+01:00');
const QUARTER_END = Date.parse('2026-10-01T00:00:00+01:00');

/** What is wrong with one canonical row, if anything. */
function rowProblems(row: Row): string[] {
  const problems: string[] = [];
  const at = Date.parse(row.occurred_at);
  if (!LOCAL_ISO.test(row.occurred_at)) problems.push(`occurred_at ${row.occurred_at} is not local ISO 8601`);
  else if (!(at >= QUARTER_START && at < QUARTER_END)) problems.push(`occurred_at ${row.occurred_at} is outside the quarter`);
  if (!(CLAIM_CATEGORIES as readonly string[]).includes(row.metric)) problems.push(`metric ${row.metric}`);
  if (!(PRACTICE_UNITS as readonly string[]).includes(row.unit)) problems.push(`unit ${row.unit}`);
  const value = Number(row.value);
  if (row.value.trim() === '' || !Number.isFinite(value) || value < 0) problems.push(`value ${row.value}`);
  if (row.unit === 'outcome' && row.value !== '0' && row.value !== '1') problems.push(`outcome ${row.value}`);
  if (!row.channel || !row.team || !row.reported_by) problems.push('channel, team and reported_by are required');
  return problems;
}

describe.each(FIXTURE_DIRS)('%s practice logs', (name, dir) => {
  let fixture: Fixture;
  const rowsByFile = new Map<string, Row[]>();

  beforeAll(async () => {
    fixture = await loadFixture(name, dir);
    for (const file of fixture.expected.practice.files) rowsByFile.set(file, await readCanonical(path.join(dir, file)));
  });

  it('holds valid canonical rows inside the quarter before 2026-10-01', () => {
    for (const [file, rows] of rowsByFile) {
      expect(rows.length, file).toBeGreaterThan(0);
      // Problems are collected rather than asserted one by one: thousands of expect() calls are slow.
      const problems: string[] = [];
      rows.forEach((row, i) => problems.push(...rowProblems(row).map((p) => `${file} line ${i + 2}: ${p}`)));
      expect(problems).toEqual([]);
      const times = rows.map((r) => Date.parse(r.occurred_at));
      expect(times, `${file} is in time order`).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('gives every planted promise its planned numbers and verdict', () => {
    const { judgement } = fixture.expected;
    for (const promise of fixture.expected.promises.filter((p) => p.basis === 'planted')) {
      const basis = promise.practice;
      if (!basis) throw new Error(`${promise.id} has no practice basis`);
      const rows = (rowsByFile.get(basis.file) ?? []).filter((r) => r.metric === promise.category);
      const values = rows.map((r) => Number(r.value));
      expect(new Set(rows.map((r) => r.unit)), promise.id).toEqual(new Set([basis.unit]));
      const threshold =
        basis.unit === 'outcome' || promise.value === null || promise.unit === null
          ? null
          : convert(promise.valueMax ?? promise.value, promise.unit, basis.unit);
      expect(threshold, promise.id).toBe(basis.threshold);
      const met = countMet(values, basis.unit, threshold);
      const target =
        promise.scope === 'share' && promise.share !== null
          ? promise.share / 100
          : promise.strength === 'aim'
            ? judgement.targetAim
            : judgement.targetFirm;
      const [low, high] = wilson(met, values.length);
      expect({ id: promise.id, n: values.length, met, target }).toEqual({ id: promise.id, n: basis.n, met: basis.met, target: basis.target });
      expect(met / values.length).toBeCloseTo(basis.attainment, 4);
      expect(low).toBeCloseTo(basis.wilson95[0], 4);
      expect(high).toBeCloseTo(basis.wilson95[1], 4);
      expect([quantile(values, 0.5), quantile(values, 0.9), quantile(values, 0.95)]).toEqual([basis.p50, basis.p90, basis.p95]);
      expect({ id: promise.id, verdict: plannedVerdict(met, values.length, target, judgement.minRecords) }).toEqual({
        id: promise.id,
        verdict: promise.verdict,
      });
    }
  });

  it('logs nothing for measurable promises expected to be unsubstantiated for want of records', () => {
    const metrics = new Set([...rowsByFile.values()].flat().map((r) => r.metric));
    for (const promise of fixture.expected.promises.filter((p) => p.basis === 'no-records')) {
      expect(promise.verdict, promise.id).toBe('unsubstantiated');
      expect(metrics.has(promise.category), `${promise.id} (${promise.category})`).toBe(false);
    }
  });
});

describe('sample practice logs', () => {
  it('are reproduced byte for byte by the seeded generator', async () => {
    for (const [file, text] of practiceFiles()) {
      expect(await readFile(file, 'utf8'), file).toBe(text);
    }
  });

  it('total about 3,000 canonical rows', async () => {
    const fixture = await loadFixture(...(FIXTURE_DIRS[0] as [string, string]));
    let total = 0;
    for (const file of fixture.expected.practice.files) total += (await readCanonical(path.join(fixture.dir, file))).length;
    expect(total).toBeGreaterThanOrEqual(2900);
    expect(total).toBeLessThanOrEqual(3100);
  });

  it('put call-backs at a median near 30 hours and a p90 near 52 hours', async () => {
    const fixture = await loadFixture(...(FIXTURE_DIRS[0] as [string, string]));
    const values = (await readCanonical(path.join(fixture.dir, 'practice/callbacks.csv'))).map((r) => Number(r.value));
    expect(quantile(values, 0.5)).toBeGreaterThan(28);
    expect(quantile(values, 0.5)).toBeLessThan(32);
    expect(quantile(values, 0.9)).toBeGreaterThan(50);
    expect(quantile(values, 0.9)).toBeLessThan(54);
  });
});
