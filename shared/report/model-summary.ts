/** The executive summary and the scorecard: how many promises, and how they fare. */
import { countVerdicts, type AuditIndex } from './audit-index.js';
import { formatCount, formatShare, plural } from './format.js';
import type { ReportInput } from './input.js';
import { VERDICT_LABELS } from './labels.js';
import { exposureOf, reviewFor } from './model-parts.js';
import type { ExecutiveSummary, RiskCard, Scorecard, ScorecardKey, SummaryFigures, TopRiskLine } from './model-types.js';

/** Counts each promise once, by the verdict of its practice finding. */
export function summaryFigures(input: ReportInput, index: AuditIndex): SummaryFigures {
  const count = countVerdicts(input.claims, index);
  let exposure = 0;
  for (const claim of input.claims) exposure += exposureOf(claim);
  const dismissed = input.findings.filter((f) => reviewFor(input.latestReviews, f.key)?.status === 'dismissed').length;
  return {
    promises: input.claims.length,
    exposure,
    kept: count.kept,
    atRisk: count['at-risk'],
    overPromised: count['over-promised'],
    unsubstantiated: count.unsubstantiated,
    unmeasurable: count.unmeasurable,
    notAssessed: count['not-assessed'],
    tested: count.kept + count['at-risk'] + count['over-promised'],
    inconsistencies: index.inconsistencies.length,
    dismissed,
    practiceRecords: input.crawl.practiceDatasets.reduce((sum, d) => sum + d.rows, 0),
  };
}

const MEANINGS: Readonly<Record<ScorecardKey, string>> = {
  kept: 'Practice meets the promise at least as often as its target.',
  'at-risk': 'Practice falls short of the target, but not yet clearly.',
  'over-promised': 'Practice clearly falls short: the promise is not being kept.',
  unsubstantiated: 'Too few practice records to judge either way.',
  unmeasurable: 'About conduct or values; no log can measure it.',
  'not-assessed': 'No finding was produced for it in this run.',
};

/** One scorecard row per verdict, worst first; "not assessed" only when there is any. */
export function scorecard(figures: SummaryFigures): Scorecard {
  const rows: [ScorecardKey, number][] = [
    ['over-promised', figures.overPromised],
    ['at-risk', figures.atRisk],
    ['kept', figures.kept],
    ['unsubstantiated', figures.unsubstantiated],
    ['unmeasurable', figures.unmeasurable],
  ];
  if (figures.notAssessed > 0) rows.push(['not-assessed', figures.notAssessed]);
  const total = figures.promises;
  return {
    total,
    inconsistencies: figures.inconsistencies,
    rows: rows.map(([key, count]) => ({
      key,
      label: key === 'not-assessed' ? 'Not assessed' : VERDICT_LABELS[key],
      count,
      share: total === 0 ? 0 : count / total,
      meaning: MEANINGS[key],
    })),
  };
}

/** The summary's plain words, built from the figures and the ranked risks. */
export function executiveSummary(
  input: ReportInput,
  company: string,
  figures: SummaryFigures,
  risks: readonly RiskCard[],
): ExecutiveSummary {
  const f = figures;
  const pages = input.crawl.pagesFetched;
  const documents = input.crawl.documents.length;
  const headline =
    f.promises === 0
      ? `We found no service promises in what ${company} publishes.`
      : f.overPromised > 0
        ? `${company} makes ${plural(f.promises, 'service promise')}; ${formatCount(f.overPromised)} ${f.overPromised === 1 ? 'is' : 'are'} clearly not kept in practice.`
        : f.atRisk > 0
          ? `${company} makes ${plural(f.promises, 'service promise')}; none is clearly broken, but ${formatCount(f.atRisk)} ${f.atRisk === 1 ? 'is' : 'are'} at risk.`
          : f.tested > 0
            ? `${company} makes ${plural(f.promises, 'service promise')}, and every one the practice logs could test is kept.`
            : `${company} makes ${plural(f.promises, 'service promise')}, but the practice logs could test none of them.`;
  const shown = f.exposure > f.promises ? `, shown in ${formatCount(f.exposure)} places in all` : '';
  const found = [
    `We read ${pages > 0 ? `${plural(pages, 'web page')} and ` : ''}${plural(documents, 'document')} and found ${plural(f.promises, 'promise')} to customers${shown}.`,
  ];
  if (f.tested > 0) {
    found.push(
      `Staff practice logs (${plural(f.practiceRecords, 'record')}) could test ${formatCount(f.tested)} of them: ` +
        `${formatCount(f.kept)} kept, ${formatCount(f.atRisk)} at risk and ${formatCount(f.overPromised)} over-promised.`,
    );
  }
  const rest: string[] = [];
  if (f.unsubstantiated > 0) {
    rest.push(
      `${plural(f.unsubstantiated, 'promise')} had too few records to judge (fewer than ${formatCount(input.settings.judgement.minRecords)}).`,
    );
  }
  if (f.unmeasurable > 0) {
    rest.push(
      `${plural(f.unmeasurable, 'promise')} ${f.unmeasurable === 1 ? 'is' : 'are'} about conduct or values, which no log can measure; section 6 lists them for your judgement.`,
    );
  }
  if (f.inconsistencies > 0) {
    rest.push(`On ${plural(f.inconsistencies, 'point')} our own sources contradict each other (section 5).`);
  }
  if (f.dismissed > 0) {
    rest.push(
      `Reviewers dismissed ${plural(f.dismissed, 'finding')}; ${f.dismissed === 1 ? 'it stays' : 'they stay'} in the appendix with the reasons given.`,
    );
  }
  const paragraphs = [found.join(' '), rest.join(' ')].filter((p) => p !== '');
  const topThree: TopRiskLine[] = risks.slice(0, 3).map((r) => ({
    rank: r.rank,
    findingId: r.findingId,
    claimText: r.claimText,
    sentence: riskSentence(r),
  }));
  return { figures, headline, paragraphs, topThree };
}

/** "Met in 41% of 1,204 recorded cases against a target of 95%; typically 52 hours, ..." */
export function riskSentence(risk: RiskCard): string {
  const p = risk.practice;
  if (p.attainment === null || p.target === null) return `${risk.verdictLabel}: ${risk.explanation}`;
  let sentence = `Met in ${p.result} recorded cases against a target of ${formatShare(p.target)}`;
  if (p.typical !== null) sentence += `; typically ${p.typical}`;
  if (p.worst90 !== null) sentence += `, and 1 case in 10 took longer than ${p.worst90}`;
  return `${sentence}.`;
}
