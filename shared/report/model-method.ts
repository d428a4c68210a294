/** The method section: what was read, what robots.txt kept out, the thresholds, and the caveats. */
import { clip, formatCount, formatShare, plural, shortUri } from './format.js';
import type { ReportInput } from './input.js';
import { SOURCE_KIND_LABELS } from './labels.js';
import { MAX_TEXT } from './model-parts.js';
import type { LabelledValue, Method, SummaryFigures } from './model-types.js';

const MAX_EXCLUDED = 40;
const MAX_DOCUMENTS = 40;
const MAX_DATASETS = 30;
const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The method section for this input. */
export function method(input: ReportInput, figures: SummaryFigures): Method {
  const { crawl: options, judgement, workingTime } = input.settings;
  const facts = input.crawl;
  const sites = input.siteUrls.length > 0 ? input.siteUrls : options.startUrls;
  const approach = [
    `We read ${readWhat(sites, facts.pagesFetched, facts.documents.length)}, and picked out every sentence that promises customers a level of service.`,
    'Each promise that a number can check was set against the staff practice logs that record the same thing, converting units and counting working time where the promise does.',
    `A promise is kept when the share of cases that meet it reaches its target: ${formatShare(judgement.targetFirm)} for guarantees and firm promises, ${formatShare(judgement.targetAim)} for stated aims, or the share the promise itself names. It is over-promised only when the shortfall is clear: even the favourable end of a ${formatShare(judgement.confidence)} confidence interval misses the target. A smaller shortfall is "at risk".`,
    `Severity (0 to 100) weighs the size of the shortfall, how widely the promise is shown and how firmly it is worded.`,
  ];
  const crawlFacts: LabelledValue[] = [
    { label: 'Start addresses', value: sites.length > 0 ? sites.join(', ') : 'none (documents only)' },
    { label: 'Pages read', value: formatCount(facts.pagesFetched) },
    { label: 'Pages that failed', value: formatCount(facts.pagesFailed) },
    { label: 'Limits', value: `${formatCount(options.maxPages)} pages, ${options.maxDepth} links deep` },
    { label: 'Scope', value: options.sameSite ? 'the same site only' : 'linked sites too' },
    {
      label: 'robots.txt',
      value: options.respectRobots
        ? `honoured (RFC 9309); ${plural(facts.robotsExcluded.length, 'address', 'addresses')} excluded`
        : 'not honoured (turned off for this run)',
    },
    { label: 'JavaScript rendering', value: options.renderJs ? 'on' : 'off' },
    { label: 'Documents read', value: formatCount(facts.documents.length) },
    { label: 'Practice records', value: `${formatCount(figures.practiceRecords)} from ${plural(facts.practiceDatasets.length, 'log')}` },
  ];
  const days = weekdayRanges(workingTime.days);
  const thresholds: LabelledValue[] = [
    { label: 'Target for guarantees and firm promises', value: formatShare(judgement.targetFirm) },
    { label: 'Target for stated aims', value: formatShare(judgement.targetAim) },
    { label: 'Target for vague wording with a figure', value: formatShare(judgement.targetVague) },
    { label: 'Fewest records to judge a promise', value: formatCount(judgement.minRecords) },
    { label: 'Confidence of the interval', value: formatShare(judgement.confidence) },
    {
      label: 'Working week',
      value: `${days}, ${workingTime.start}–${workingTime.end}${workingTime.holidays.length > 0 ? `, ${plural(workingTime.holidays.length, 'holiday')}` : ''}`,
    },
  ];
  return {
    approach,
    crawl: crawlFacts,
    robotsExcluded: {
      count: facts.robotsExcluded.length,
      items: facts.robotsExcluded.slice(0, MAX_EXCLUDED).map((e) => ({ url: clip(e.url, 300), reason: clip(e.reason, 200) })),
    },
    documents: {
      count: facts.documents.length,
      items: facts.documents.slice(0, MAX_DOCUMENTS).map((d) => ({
        title: clip(d.title === '' ? shortUri(d.uri) : d.title, 200),
        uri: clip(d.uri, 300),
        kind: SOURCE_KIND_LABELS[d.kind],
        pages: d.pages,
      })),
    },
    datasets: {
      count: facts.practiceDatasets.length,
      items: facts.practiceDatasets.slice(0, MAX_DATASETS).map((d) => ({ name: clip(d.name, 200), rows: d.rows })),
    },
    thresholds,
    caveats: caveats(input, figures),
  };
}

function caveats(input: ReportInput, figures: SummaryFigures): string[] {
  const { crawl: options, judgement } = input.settings;
  const facts = input.crawl;
  const list = [
    'Practice logs show what staff recorded. Cases nobody logged cannot be counted, so real attainment may be better or worse than shown.',
    'Promises were found by an automated reading of the text; one phrased unusually may have been missed. The appendix lists every promise found, so a reader can check.',
  ];
  if (input.run.status !== 'done') {
    list.push(`This run ended "${input.run.status}" before it finished; the figures cover only what it had read.`);
  }
  if (options.startUrls.length > 0 && facts.pagesFetched >= options.maxPages) {
    list.push(`The crawl stopped at its limit of ${formatCount(options.maxPages)} pages; the site may hold promises on pages not read.`);
  }
  if (facts.pagesFailed > 0) {
    list.push(`${plural(facts.pagesFailed, 'page')} could not be fetched (errors or time-outs) and ${facts.pagesFailed === 1 ? 'was' : 'were'} not read.`);
  }
  if (facts.robotsExcluded.length > 0) {
    list.push(`${plural(facts.robotsExcluded.length, 'address', 'addresses')} ${facts.robotsExcluded.length === 1 ? 'was' : 'were'} left unread because the site's robots.txt excludes ${facts.robotsExcluded.length === 1 ? 'it' : 'them'}; promises there are not covered.`);
  }
  if (!options.respectRobots) list.push('robots.txt was not honoured in this run; only a site\'s owner should turn it off.');
  if (figures.unsubstantiated > 0) {
    list.push(`${plural(figures.unsubstantiated, 'promise')} had fewer than ${formatCount(judgement.minRecords)} records, too few to judge either way.`);
  }
  if (facts.practiceDatasets.length === 0) list.push('No practice logs were supplied, so no promise could be tested against practice.');
  return list.map((c) => clip(c, MAX_TEXT));
}

/** ISO weekdays as ranges: [1,2,3,4,5] -> "Mon–Fri"; [1,3,6,7] -> "Mon, Wed, Sat–Sun". */
export function weekdayRanges(days: readonly number[]): string {
  const sorted = [...new Set(days)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j += 1;
    const from = WEEKDAYS[sorted[i] as number] as string;
    const to = WEEKDAYS[sorted[j] as number] as string;
    parts.push(j - i >= 2 ? `${from}–${to}` : j > i ? `${from}, ${to}` : from);
    i = j + 1;
  }
  return parts.length > 0 ? parts.join(', ') : 'no working days';
}

/** "214 pages of example.co.uk and 3 documents"; a documents-only audit names only its documents. */
function readWhat(sites: readonly string[], pages: number, documents: number): string {
  const docs = plural(documents, 'document');
  if (sites.length === 0 && pages === 0) return docs;
  return `${plural(pages, 'page')} of ${sites.length > 0 ? sites.map(shortUri).join(', ') : 'the website'} and ${docs}`;
}
