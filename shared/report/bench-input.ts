/**
 * A large, realistic-looking report input made from a seed, for the benchmark and for tests
 * that need volume (hundreds of findings, long appendix, bounded lists overflowing).
 */
import { AuditSettingsSchema } from '../domain/settings.js';
import type { Claim, ClaimCategory, ClaimUnit, Finding, Review, Strength, Verdict } from '../domain/types.js';
import type { ReportInput } from './input.js';

/** A small deterministic PRNG (mulberry32), so the same seed gives the same input. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEMPLATES: readonly [ClaimCategory, ClaimUnit | null, number, string][] = [
  ['phone-answer', 'seconds', 30, 'We answer calls to our {team} line within {v} seconds.'],
  ['callback', 'hours', 24, 'If you leave a message for {team}, we will call you back within {v} hours.'],
  ['email-response', 'hours', 24, 'Our {team} team replies to every email within {v} hours.'],
  ['complaint-response', 'working-days', 2, 'We acknowledge complaints about {team} within {v} working days.'],
  ['complaint-resolution', 'weeks', 8, 'We aim to resolve complaints about {team} within {v} weeks.'],
  ['delivery-time', 'working-days', 3, 'Orders from {team} are delivered within {v} working days.'],
  ['refund-time', 'days', 14, 'Refunds for {team} orders are paid within {v} days.'],
  ['appointment', 'days', 5, 'You can book a {team} appointment within {v} days.'],
  ['visit-wait', 'minutes', 15, 'You will be seen in our {team} branch within {v} minutes.'],
  ['staff-conduct', null, 0, 'Our {team} staff always treat you with courtesy and respect.'],
  ['values', null, 0, 'At {team}, you are at the heart of everything we do.'],
];
const TEAMS = ['billing', 'home insurance', 'motor claims', 'lettings', 'repairs', 'new business', 'pensions', 'savings', 'mortgages', 'travel'];
const STRENGTHS: readonly Strength[] = ['guarantee', 'firm', 'firm', 'aim', 'vague'];
const VERDICTS: readonly Verdict[] = ['kept', 'kept', 'kept', 'at-risk', 'over-promised', 'over-promised', 'unsubstantiated'];

/** An input with `findings` findings (about 2% of them cross-source inconsistencies). */
export function benchInput(findings = 500, seed = 7): ReportInput {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const site = 'https://www.example-mutual.co.uk';
  const inconsistent = Math.max(1, Math.round(findings / 50));
  const claims: Claim[] = [];
  const out: Finding[] = [];
  const reviews: Record<string, Review> = {};
  for (let i = 0; i < findings - inconsistent; i += 1) {
    const [category, unit, base, template] = pick(TEMPLATES);
    const value = unit === null ? null : Math.max(1, Math.round(base * (0.5 + rnd())));
    const text = template.replace('{team}', pick(TEAMS)).replace('{v}', String(value)) + (i % 7 === 0 ? ` (offer ${i})` : '');
    const exposure = 1 + Math.floor(rnd() ** 3 * 60);
    const occurrences = Array.from({ length: exposure }, (_, k) => ({
      uri: k % 9 === 8 ? `file:///audits/example/flyer-${k}.pdf` : `${site}/page-${(i * 31 + k) % 400}`,
      kind: k % 9 === 8 ? ('flyer' as const) : ('page' as const),
      location: { page: k % 9 === 8 ? 1 + (k % 3) : null, path: k % 9 === 8 ? null : 'main > p', line: null },
    }));
    const id = `c${i}`;
    claims.push({
      id,
      key: `k${i}`,
      text,
      span: [0, text.length],
      category,
      measurable: unit !== null,
      value,
      valueMax: null,
      unit,
      strength: pick(STRENGTHS),
      scope: 'all',
      share: null,
      source: occurrences[0] as Claim['source'],
      occurrences,
    });
    const verdict: Verdict = unit === null ? 'unmeasurable' : pick(VERDICTS);
    const n = verdict === 'unmeasurable' ? 0 : verdict === 'unsubstantiated' ? 3 + Math.floor(rnd() * 15) : 40 + Math.floor(rnd() * 3000);
    const attainment = verdict === 'unmeasurable' ? null : verdict === 'kept' ? 0.95 + rnd() * 0.05 : verdict === 'at-risk' ? 0.85 + rnd() * 0.1 : 0.3 + rnd() * 0.5;
    const p50 = value === null ? null : value * (0.4 + rnd() * 1.4);
    out.push({
      id: `f${i}`,
      runId: 'run-b',
      key: `practice:k${i}`,
      claimId: id,
      verdict,
      conflictsWith: null,
      n,
      attainment,
      attainmentLow: attainment === null ? null : Math.max(0, attainment - 0.04),
      attainmentHigh: attainment === null ? null : Math.min(1, attainment + 0.04),
      target: attainment === null ? null : 0.95,
      p50,
      p90: p50 === null ? null : p50 * (1.5 + rnd() * 2),
      p95: p50 === null ? null : p50 * (2 + rnd() * 3),
      severity: verdict === 'over-promised' ? 40 + rnd() * 60 : verdict === 'at-risk' ? 20 + rnd() * 40 : rnd() * 10,
      explanation: `${attainment === null ? 'No log measures this promise' : `${Math.round((attainment ?? 0) * 100)}% of ${n} cases met it`}.`,
      suggestion: verdict === 'over-promised' ? `We aim to ${text.toLowerCase().replace(/^we |\.$/g, '')}.` : null,
    });
    if (i % 11 === 0) {
      reviews[`practice:k${i}`] = { id: `r${i}`, findingKey: `practice:k${i}`, status: i % 22 === 0 ? 'accepted' : 'dismissed', reason: i % 22 === 0 ? null : 'Handled by the team already.', note: null, reviewer: 'A. Reviewer', at: '2025-06-02T10:00:00Z' };
    }
  }
  for (let j = 0; j < inconsistent; j += 1) {
    const a = claims[j * 2] as Claim;
    const b = claims[j * 2 + 1] as Claim;
    out.push({ id: `x${j}`, runId: 'run-b', key: `inconsistent:${a.key}:${b.key}`, claimId: a.id, verdict: 'inconsistent', conflictsWith: b.id, n: 0, attainment: null, attainmentLow: null, attainmentHigh: null, target: null, p50: null, p90: null, p95: null, severity: 30 + rnd() * 40, explanation: 'Two sources state different thresholds for the same service.', suggestion: 'Use one figure everywhere.' });
  }
  const run = { id: 'run-b', number: 5, status: 'done' as const, stage: 'done' as const, startedAt: '2025-06-01T08:00:00Z', finishedAt: '2025-06-01T09:10:00Z', settings: {}, stats: { pagesFetched: 400, pagesQueued: 0, pagesFailed: 6, pagesExcluded: 60, documentsRead: 12, passages: 30000, claims: claims.length, findings: out.length }, error: null };
  return {
    company: 'Example Mutual plc',
    siteUrls: [`${site}/`],
    generatedAt: '2025-06-02T12:00:00Z',
    run,
    settings: AuditSettingsSchema.parse({ company: 'Example Mutual plc', crawl: { startUrls: [`${site}/`], maxPages: 400 } }),
    claims,
    findings: out,
    latestReviews: reviews,
    diff: { fromRunId: 'run-a', toRunId: 'run-b', added: claims.slice(0, 30), removed: claims.slice(30, 35), reworded: claims.slice(35, 40).map((c) => ({ before: c, after: c })), verdictChanged: claims.slice(40, 70).map((c, k) => ({ claim: c, before: k % 2 ? 'kept' : 'at-risk', after: k % 2 ? 'over-promised' : 'kept' })) },
    previousRun: { ...run, id: 'run-a', number: 4, startedAt: '2025-03-01T08:00:00Z', finishedAt: '2025-03-01T09:00:00Z' },
    crawl: {
      pagesFetched: 400,
      pagesFailed: 6,
      robotsExcluded: Array.from({ length: 60 }, (_, k) => ({ url: `${site}/account/${k}`, reason: 'robots.txt: Disallow: /account/' })),
      documents: Array.from({ length: 12 }, (_, k) => ({ uri: `file:///audits/example/flyer-${k}.pdf`, title: `Customer leaflet ${k + 1}`, kind: 'flyer' as const, format: 'pdf' as const, pages: 2 + (k % 5) })),
      practiceDatasets: Array.from({ length: 6 }, (_, k) => ({ name: `practice-log-${k + 1}.csv`, rows: 5000 + k * 1234 })),
    },
  };
}
