import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../shared/domain/types.js';
import { parseGold } from '../../shared/extract/eval/gold.js';
import { scoreDocument, summarise } from '../../shared/extract/eval/score.js';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));

const claim = (text: string, fields: Partial<ClaimDraft> = {}): ClaimDraft => ({
  key: text,
  text,
  span: [0, text.length],
  category: 'phone-answer',
  measurable: true,
  value: 30,
  valueMax: null,
  unit: 'seconds',
  strength: 'firm',
  scope: 'unspecified',
  share: null,
  source: { uri: 'u', kind: 'page', location: { page: null, path: null, line: null } },
  occurrences: [],
  ...fields,
});

const gold = {
  file: 'pages/p.html',
  promises: [
    { quote: 'answer your call within 30 seconds', category: 'phone-answer' as const, measurable: true, value: 30, value_max: null, unit: 'seconds' as const, strength: 'firm' as const, scope: 'unspecified' as const },
    { quote: 'reply to 80% of emails within 2 days', category: 'email-response' as const, measurable: true, value: 2, value_max: null, unit: 'days' as const, strength: 'aim' as const, scope: 'share' as const, share: 80 },
    { quote: 'never missed by anything', category: 'other' as const, measurable: false, value: null, value_max: null, unit: null, strength: 'firm' as const, scope: 'all' as const },
  ],
  non_promises: ['Please have your number ready', 'Last year we answered 9 in 10'],
};

describe('scoreDocument', () => {
  const claims = [
    claim('We will answer your call within 30 seconds.'),
    claim('We aim to reply to 80% of emails within 2 days.', { category: 'enquiry-response', unit: 'days', value: 2, strength: 'aim', scope: 'share', share: 75 }),
    claim('Please have your number ready when you call.'),
  ];
  const score = scoreDocument(gold, claims);

  it('matches a gold promise to a claim whose text contains the quote', () => {
    expect(score.found).toBe(2);
    expect(score.misses).toEqual(['never missed by anything']);
    expect(score.matchedClaims).toBe(2);
  });

  it('lists extra claims and the distractors they report', () => {
    expect(score.extras).toEqual(['Please have your number ready when you call.']);
    expect(score.distractors).toEqual(['Please have your number ready']);
  });

  it('compares every field, share only for share-scoped promises', () => {
    expect(score.wrong.map((w) => [w.field, w.expected, w.actual])).toEqual([
      ['category', 'email-response', 'enquiry-response'],
      ['share', 80, 75],
    ]);
    expect(score.fieldCounts.category).toEqual([1, 2]);
    expect(score.fieldCounts.scope).toEqual([2, 2]);
  });

  it('sums into recall, precision, F1 and field accuracy', () => {
    const s = summarise([score], 2);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
    expect(s.fieldAccuracy.category).toBe(0.5);
    expect(s.fieldAccuracy.unit).toBe(1);
    expect(s.distractorsReported).toBe(1);
  });
});

describe('parseGold', () => {
  const bad: [string, string, RegExp][] = [
    ['not JSON', '{', /gold\.json: not valid JSON/],
    ['wrong schema', '{"schema":2,"documents":[]}', /gold\.json: schema/],
    ['bad category', JSON.stringify({ schema: 1, documents: [{ ...gold, promises: [{ ...gold.promises[0], category: 'speed' }] }] }), /documents\.0\.promises\.0\.category/],
  ];
  it.each(bad)('names the problem: %s', (_name, json, message) => {
    expect(() => parseGold(json, 'gold.json')).toThrow(message);
  });

  it('accepts the corpus format', () => {
    expect(parseGold(JSON.stringify({ schema: 1, documents: [gold] }), 'g').documents[0]!.promises).toHaveLength(3);
  });
});

describe('npm run eval', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pa-eval-'));
    await writeFile(join(dir, 'p.html'), '<html><body><p>We will answer your call within 30 seconds.</p><p>Please have your number ready.</p></body></html>');
    const doc = { ...gold, file: 'p.html', promises: [gold.promises[0]] };
    await writeFile(join(dir, 'gold.json'), JSON.stringify({ schema: 1, documents: [doc] }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the evaluation as JSON with --json', async () => {
    const { stdout } = await run('npx', ['tsx', 'shared/node/eval-cli.ts', join(dir, 'gold.json'), '--json'], { cwd: repo });
    const result = JSON.parse(stdout);
    expect(result.summary).toMatchObject({ gold: 1, found: 1, recall: 1, precision: 1, distractorsReported: 0 });
  });

  it('exits 2 with a clear message on a missing file', async () => {
    const failure = await run('npx', ['tsx', 'shared/node/eval-cli.ts', join(dir, 'missing.json')], { cwd: repo }).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toMatch(/missing\.json/);
  });
});
