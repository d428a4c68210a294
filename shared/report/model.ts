/**
 * Builds the report model from one run: the single source of every rendering of the board
 * report. Pure and deterministic: the same input always gives the same model.
 */
import { z } from 'zod';
import { ClaimSchema, FindingSchema, ReviewSchema, RunSchema } from '../domain/schemas.js';
import { indexAudit } from './audit-index.js';
import { clip, formatCount, formatDate, plural, shortUri } from './format.js';
import { ReportInputError, type ReportInput } from './input.js';
import { appendix } from './model-appendix.js';
import { changes } from './model-changes.js';
import { inconsistencies, judgementItems } from './model-issues.js';
import { method } from './model-method.js';
import { titlesByUri } from './model-parts.js';
import { categoryComparisons } from './model-practice.js';
import { DEFAULT_TOP_RISKS, riskCards } from './model-risks.js';
import { executiveSummary, scorecard, summaryFigures } from './model-summary.js';
import type { Cover, ReportModel, TocEntry } from './model-types.js';

/** Section titles and numbers, in reading order. */
export const TOC: readonly TocEntry[] = [
  { id: 'summary', number: '1', title: 'Executive summary' },
  { id: 'scorecard', number: '2', title: 'Scorecard' },
  { id: 'practice', number: '3', title: 'Promise against practice' },
  { id: 'risks', number: '4', title: 'Top risks' },
  { id: 'inconsistencies', number: '5', title: 'Where our sources disagree' },
  { id: 'judgement', number: '6', title: 'Promises for human judgement' },
  { id: 'changes', number: '7', title: 'What changed since the last run' },
  { id: 'method', number: '8', title: 'Method and scope' },
  { id: 'appendix', number: 'A', title: 'Every promise found' },
];

const ReportRecordsSchema = z.object({
  run: RunSchema,
  claims: z.array(ClaimSchema),
  findings: z.array(FindingSchema),
  latestReviews: z.record(z.string(), ReviewSchema),
});

/** Builds the report model; throws ReportInputError naming the first thing wrong with the input. */
export function buildReportModel(input: ReportInput): ReportModel {
  checkInput(input);
  const index = indexAudit(input.claims, input.findings);
  const titles = titlesByUri(input.crawl.documents);
  const company = clip(input.company.trim() || input.settings.company.trim() || 'The company', 200);
  const figures = summaryFigures(input, index);
  const risks = riskCards(input, index, titles, input.topRiskCount ?? DEFAULT_TOP_RISKS);
  return {
    version: 1,
    cover: cover(input, company),
    toc: TOC,
    summary: executiveSummary(input, company, figures, risks),
    scorecard: scorecard(figures),
    practice: categoryComparisons(input, index),
    risks,
    inconsistencies: inconsistencies(input, index, titles),
    judgement: judgementItems(input, index, titles),
    changes: changes(input.diff, input.previousRun),
    method: method(input, figures),
    appendix: appendix(input, index),
  };
}

function checkInput(input: ReportInput): void {
  if (formatDate(input.generatedAt) === null) {
    throw new ReportInputError(`generatedAt "${clip(String(input.generatedAt), 60)}" is not an ISO 8601 date`);
  }
  const count = input.topRiskCount;
  if (count !== undefined && (!Number.isInteger(count) || count < 0 || count > 100)) {
    throw new ReportInputError(`topRiskCount must be a whole number from 0 to 100, got ${String(count)}`);
  }
  const parsed = ReportRecordsSchema.safeParse({
    run: input.run,
    claims: input.claims,
    findings: input.findings,
    latestReviews: input.latestReviews,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    throw new ReportInputError(`${where.replace(/^\./, '')}: ${issue?.message ?? 'invalid'}`);
  }
}

function cover(input: ReportInput, company: string): Cover {
  const facts = input.crawl;
  const sites = (input.siteUrls.length > 0 ? input.siteUrls : input.settings.crawl.startUrls).map((u) => clip(u, 200));
  const scope: string[] = [];
  if (sites.length > 0) {
    scope.push(`Website: ${sites.map(shortUri).join(', ')} (${plural(facts.pagesFetched, 'page')} read)`);
  }
  const kinds = { flyer: 0, policy: 0, page: 0 };
  for (const d of facts.documents) kinds[d.kind] += 1;
  const docs = [
    kinds.flyer > 0 ? plural(kinds.flyer, 'flyer') : '',
    kinds.policy > 0 ? plural(kinds.policy, 'policy', 'policies') : '',
    kinds.page > 0 ? plural(kinds.page, 'saved page') : '',
  ].filter(Boolean);
  scope.push(`Documents: ${docs.length > 0 ? docs.join(', ') : 'none'}`);
  const records = facts.practiceDatasets.reduce((sum, d) => sum + d.rows, 0);
  scope.push(
    facts.practiceDatasets.length > 0
      ? `Practice logs: ${plural(facts.practiceDatasets.length, 'log')}, ${formatCount(records)} records`
      : 'Practice logs: none',
  );
  return {
    title: 'Service promise audit',
    company,
    sites,
    date: formatDate(input.generatedAt) as string,
    generatedAt: input.generatedAt,
    runNumber: input.run.number,
    scope,
  };
}
