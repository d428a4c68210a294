/**
 * The bar on the dev corpus (README format): F1 >= 0.92, every field >= 0.90 and no
 * more than 3 distractors reported; and the held-out bar (F1 and mean field accuracy >= 0.85)
 * on two small corpora of other sectors and harder layouts written for these tests.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatEval } from '../../shared/extract/eval/report.js';
import { runEval } from '../../shared/extract/eval/run-eval.js';
import { FIELDS } from '../../shared/extract/eval/score.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const shared = `${repo}../shared/corpus/promises/gold.json`;
const devGold = existsSync(shared) ? shared : `${repo}test/fixtures/corpus/promises/gold.json`;
const sectorsGold = `${repo}test/fixtures/corpus/sectors/gold.json`;

describe('dev corpus', () => {
  it('meets the bar: F1 >= 0.92, each field >= 0.90, at most 3 of 72 distractors', async () => {
    const result = await runEval(devGold);
    const s = result.summary;
    const report = formatEval(result);
    expect(s.gold, report).toBe(113);
    expect(s.distractorsTotal).toBe(72);
    expect(s.f1, report).toBeGreaterThanOrEqual(0.92);
    for (const field of FIELDS) expect(s.fieldAccuracy[field], `${field}\n${report}`).toBeGreaterThanOrEqual(0.9);
    expect(s.distractorsReported, report).toBeLessThanOrEqual(3);
  });
});

describe('other sectors and layouts (tables, FAQs, <details>, <dl>, <br> footers)', () => {
  it('meets the held-out bar: F1 >= 0.85 and mean field accuracy >= 0.85', async () => {
    const result = await runEval(sectorsGold);
    const report = formatEval(result);
    expect(result.summary.f1, report).toBeGreaterThanOrEqual(0.85);
    expect(result.summary.meanFieldAccuracy, report).toBeGreaterThanOrEqual(0.85);
    expect(result.summary.distractorsReported, report).toBeLessThanOrEqual(2);
  });
});

// Labelled blind by a colleague who never saw the extractor (its README); its first-run score
// (F1 0.842) is kept in FIRST-RUN.txt. It has since been used for tuning, so it is no longer an
// estimate of generalisation, only a guard against losing what it taught.
describe('the first blind corpus (18 pages of other sectors, now a regression guard)', () => {
  it('meets the held-out bar: F1 >= 0.85 and mean field accuracy >= 0.85', async () => {
    const result = await runEval(`${repo}test/fixtures/corpus/blind/gold.json`);
    const report = formatEval(result);
    expect(result.summary.f1, report).toBeGreaterThanOrEqual(0.85);
    expect(result.summary.meanFieldAccuracy, report).toBeGreaterThanOrEqual(0.85);
  });
});
