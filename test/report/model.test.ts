import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding, Review } from '../../shared/domain/types.js';
import { benchInput } from '../../shared/report/bench-input.js';
import { ReportInputError, type ReportInput } from '../../shared/report/input.js';
import { buildReportModel } from '../../shared/report/model.js';
import { sampleInput } from '../fixtures/report/sample-input.js';

const GOLDEN = new URL('../fixtures/report/golden-model.json', import.meta.url);

describe('report model golden sample', () => {
  it('matches golden-model.json (refresh on purpose with UPDATE_GOLDEN=1)', () => {
    const model = JSON.parse(JSON.stringify(buildReportModel(sampleInput()))) as unknown;
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, `${JSON.stringify(model, null, 2)}\n`);
    expect(existsSync(GOLDEN), 'golden file missing: run once with UPDATE_GOLDEN=1').toBe(true);
    expect(model).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });

  it('is plain data and the same for the same input', () => {
    const a = buildReportModel(sampleInput());
    const b = buildReportModel(sampleInput());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('what the model says', () => {
  const model = buildReportModel(sampleInput());

  it('counts each promise once by its practice verdict', () => {
    expect(model.summary.figures).toMatchObject({
      promises: 15,
      kept: 4,
      atRisk: 2,
      overPromised: 5,
      unsubstantiated: 1,
      unmeasurable: 2,
      notAssessed: 1,
      tested: 11,
      inconsistencies: 1,
      dismissed: 1,
      practiceRecords: 6658,
    });
    expect(model.scorecard.rows.reduce((sum, r) => sum + r.count, 0)).toBe(15);
  });

  it('ranks risks by severity and leaves out the one a reviewer dismissed', () => {
    expect(model.risks.map((r) => r.findingId)).toEqual([
      'f-c-phone',
      'f-c-callback',
      'f-c-first-visit',
      'f-c-emergency',
      'f-c-resolve-flyer',
      'f-c-resolve-policy',
    ]);
    expect(model.summary.topThree.map((r) => r.claimText)).toEqual([
      'We answer every call within 30 seconds.',
      "If you leave a message, we'll call you back within 2 business hours.",
      '98% of repairs are fixed on the first visit.',
    ]);
    expect(model.appendix.find((r) => r.claimId === 'c-parts')?.reviewLabel).toMatch(/^Dismissed: Parts come from/);
  });

  it('lists a banner shown on 38 pages as 6 places and 32 more', () => {
    const phone = model.risks[0];
    expect(phone?.exposure).toBe(38);
    expect(phone?.places).toHaveLength(6);
    expect(phone?.morePlaces).toBe(32);
    expect(phone?.places[0]).toEqual({ label: 'northgatehome.co.uk', uri: 'https://www.northgatehome.co.uk/', linkable: true });
  });

  it('names flyers by title and page', () => {
    const callback = model.risks.find((r) => r.findingId === 'f-c-callback');
    expect(callback?.places.map((p) => p.label)).toContain('Summer Service Flyer 2025, page 2');
    expect(callback?.places.find((p) => p.label.startsWith('Summer'))?.linkable).toBe(false);
  });

  it('gives typical and worst times in the promise unit', () => {
    expect(model.risks[1]?.practice).toMatchObject({ typical: '3.1 business hours', worst90: '9.5 business hours', worst95: '14 business hours' });
    expect(model.risks[2]?.practice.typical).toBeNull();
  });

  it('sets both sides of a contradiction side by side', () => {
    expect(model.inconsistencies).toHaveLength(1);
    expect(model.inconsistencies[0]?.first.promise).toBe('within 4 weeks');
    expect(model.inconsistencies[0]?.second?.promise).toBe('within 8 weeks');
  });

  it('describes the changes since the previous run', () => {
    expect(model.changes.previousRun).toBe('Run 2 (14 January 2025)');
    expect(model.changes.verdictChanged.items.map((v) => v.direction)).toEqual(['worse', 'better']);
  });

  it('says a first run has nothing to compare with', () => {
    const first = buildReportModel({ ...sampleInput(), diff: null, previousRun: null });
    expect(first.changes.previousRun).toBeNull();
    expect(first.changes.summary).toMatch(/first run/);
  });

  it('states robots.txt exclusions and the thresholds in the method', () => {
    expect(model.method.robotsExcluded.items.map((e) => e.reason)).toContain('robots.txt: Disallow: /account/');
    expect(model.method.thresholds[0]).toEqual({ label: 'Target for guarantees and firm promises', value: '95%' });
    expect(model.method.caveats.some((c) => c.includes('3 addresses were left unread'))).toBe(true);
  });
});

describe('an audit that found nothing', () => {
  it('still makes a whole report that says so', () => {
    const input = sampleInput();
    const model = buildReportModel({
      ...input,
      siteUrls: [],
      settings: { ...input.settings, crawl: { ...input.settings.crawl, startUrls: [] } },
      claims: [],
      findings: [],
      latestReviews: {},
      diff: null,
      previousRun: null,
      crawl: { pagesFetched: 0, pagesFailed: 0, robotsExcluded: [], documents: [], practiceDatasets: [] },
    });
    expect(model.summary.headline).toBe('We found no service promises in what Northgate Home Services Ltd publishes.');
    expect(model.summary.paragraphs).toEqual(['We read 0 documents and found 0 promises to customers.']);
    expect(model.method.approach[0]).toMatch(/^We read 0 documents, and picked out/);
    expect(model.method.caveats).toContain('No practice logs were supplied, so no promise could be tested against practice.');
    expect(model.risks).toEqual([]);
    expect(model.appendix).toEqual([]);
    expect(model.scorecard.rows.every((r) => r.count === 0 && r.share === 0)).toBe(true);
  });
});

describe('bounds and bad input', () => {
  it('bounds long lists but counts everything', () => {
    const model = buildReportModel(benchInput(500));
    expect(model.appendix).toHaveLength(490);
    expect(model.method.robotsExcluded).toMatchObject({ count: 60 });
    expect(model.method.robotsExcluded.items).toHaveLength(40);
    expect(model.risks).toHaveLength(10);
  });

  it('ignores reviews under inherited object keys', () => {
    const input = sampleInput();
    const reviews = JSON.parse('{"__proto__": {"status": "dismissed"}}') as Record<string, Review>;
    const model = buildReportModel({ ...input, latestReviews: { ...reviews } });
    expect(model.summary.figures.dismissed).toBe(0);
  });

  const cases: [string, (i: ReportInput) => ReportInput, RegExp][] = [
    ['an unknown claim', (i) => ({ ...i, findings: [...i.findings, { ...(i.findings[0] as Finding), id: 'f-x', claimId: 'ghost' }] }), /findings\[15\] \(id "f-x"\) refers to claim "ghost"/],
    ['a bad date', (i) => ({ ...i, generatedAt: 'last Tuesday' }), /generatedAt "last Tuesday" is not an ISO 8601 date/],
    ['a bad category', (i) => ({ ...i, claims: [{ ...(i.claims[0] as (typeof i.claims)[number]), category: 'vibes' as never }, ...i.claims.slice(1)] }), /claims\[0\]\.category/],
    ['a repeated claim id', (i) => ({ ...i, claims: [...i.claims, i.claims[0] as (typeof i.claims)[number]] }), /claims\[15\] repeats claim id "c-phone"/],
    ['a silly risk count', (i) => ({ ...i, topRiskCount: 1e6 }), /topRiskCount must be a whole number from 0 to 100/],
  ];
  it.each(cases)('refuses %s with a message that says where', (_name, spoil, message) => {
    const run = (): unknown => buildReportModel(spoil(sampleInput()));
    expect(run).toThrow(ReportInputError);
    expect(run).toThrow(message);
  });
});
