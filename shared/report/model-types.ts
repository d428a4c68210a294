/**
 * The report model: everything the board report says, as plain JSON-serialisable data.
 * Every rendering (HTML, PDF, the app's preview) draws from this and adds no facts of its own.
 */
import type { ClaimCategory, ReviewStatus, Verdict } from '../domain/types.js';

/** The report's sections, in reading order. */
export const REPORT_SECTION_IDS = [
  'summary',
  'scorecard',
  'practice',
  'risks',
  'inconsistencies',
  'judgement',
  'changes',
  'method',
  'appendix',
] as const;
/** One of the report's sections. */
export type ReportSectionId = (typeof REPORT_SECTION_IDS)[number];

/** One line of the table of contents. */
export interface TocEntry {
  readonly id: ReportSectionId;
  /** "1", "2" ... or "A" for the appendix. */
  readonly number: string;
  readonly title: string;
}

/** The cover page. */
export interface Cover {
  readonly title: string;
  readonly company: string;
  readonly sites: readonly string[];
  /** The report date in words ("3 March 2025"). */
  readonly date: string;
  readonly generatedAt: string;
  readonly runNumber: number;
  /** What the audit covered, one line per input kind. */
  readonly scope: readonly string[];
}

/** The figures behind the executive summary; each promise (claim) is counted once. */
export interface SummaryFigures {
  readonly promises: number;
  /** Places the promises appear, all told. */
  readonly exposure: number;
  readonly kept: number;
  readonly atRisk: number;
  readonly overPromised: number;
  readonly unsubstantiated: number;
  readonly unmeasurable: number;
  /** Promises with no finding at all in this run. */
  readonly notAssessed: number;
  /** Kept + at risk + over-promised: the promises the logs could test. */
  readonly tested: number;
  /** Cross-source contradictions (pairs of claims). */
  readonly inconsistencies: number;
  /** Findings a reviewer dismissed. */
  readonly dismissed: number;
  readonly practiceRecords: number;
}

/** One of the three worst risks, as the summary states it. */
export interface TopRiskLine {
  readonly rank: number;
  readonly findingId: string;
  readonly claimText: string;
  /** One plain sentence on what practice shows. */
  readonly sentence: string;
}

/** The executive summary in figures and plain words. */
export interface ExecutiveSummary {
  readonly figures: SummaryFigures;
  /** The one sentence to read if nothing else is. */
  readonly headline: string;
  readonly paragraphs: readonly string[];
  /** The three most serious risks (fewer when there are fewer). */
  readonly topThree: readonly TopRiskLine[];
}

/** A scorecard row: a practice verdict, or a promise with no finding. */
export type ScorecardKey = Exclude<Verdict, 'inconsistent'> | 'not-assessed';

/** One verdict's row of the scorecard. */
/** Every promise by verdict. */
export interface ScorecardRow {
  readonly key: ScorecardKey;
  readonly label: string;
  readonly count: number;
  /** Share of all promises, 0..1. */
  readonly share: number;
  /** What the verdict means, in one line. */
  readonly meaning: string;
}

export interface Scorecard {
  readonly total: number;
  readonly rows: readonly ScorecardRow[];
  readonly inconsistencies: number;
}

/** Practice figures of one finding, raw and in words. */
export interface PracticeFigures {
  readonly n: number;
  readonly attainment: number | null;
  readonly attainmentLow: number | null;
  readonly attainmentHigh: number | null;
  readonly target: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  /** "52 hours", or null when practice has no times. */
  readonly typical: string | null;
  readonly worst90: string | null;
  readonly worst95: string | null;
  /** "41% of 1,204 cases" or "no records". */
  readonly result: string;
}

/** The headline promise of a category set against practice. */
export interface CategoryHeadline {
  readonly findingId: string;
  readonly claimText: string;
  readonly promise: string;
  readonly verdict: Verdict;
  readonly practice: PracticeFigures;
  /** Practice time over promised time, when both are times (1 = exactly the promise). */
  readonly ratioP50: number | null;
  readonly ratioP90: number | null;
}

/** One category's promises against practice. */
export interface CategoryComparison {
  readonly category: ClaimCategory;
  readonly label: string;
  readonly claims: number;
  readonly kept: number;
  readonly atRisk: number;
  readonly overPromised: number;
  readonly untested: number;
  /** The most widely shown promise that practice could test, or null. */
  readonly headline: CategoryHeadline | null;
}

/** The latest review of a finding, ready to print. */
export interface ReviewState {
  readonly status: ReviewStatus;
  readonly label: string;
  readonly reviewer: string | null;
  readonly date: string | null;
  /** The dismissal reason, the new wording, or the reviewer's note. */
  readonly note: string | null;
}

/** A place a claim appears, ready to print. */
export interface Place {
  readonly label: string;
  readonly uri: string;
  /** True when the URI may be printed as a link (http or https only). */
  readonly linkable: boolean;
}

/** One top risk with its evidence, rewording and review. */
export interface RiskCard {
  readonly rank: number;
  readonly findingId: string;
  readonly findingKey: string;
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly categoryLabel: string;
  readonly severity: number;
  readonly severityBand: 'High' | 'Medium' | 'Low';
  readonly claimText: string;
  readonly promise: string;
  readonly strengthLabel: string;
  readonly exposure: number;
  readonly places: readonly Place[];
  /** Places not listed, for "and 34 more". */
  readonly morePlaces: number;
  readonly practice: PracticeFigures;
  readonly explanation: string;
  readonly suggestion: string | null;
  readonly review: ReviewState;
}

/** One side of a contradiction between sources. */
export interface ClaimSide {
  readonly claimId: string;
  readonly text: string;
  readonly promise: string;
  readonly place: Place;
  readonly exposure: number;
}

/** A contradiction between two sources. */
export interface Inconsistency {
  readonly findingId: string;
  readonly categoryLabel: string;
  readonly severity: number;
  readonly explanation: string;
  readonly suggestion: string | null;
  readonly first: ClaimSide;
  readonly second: ClaimSide | null;
  readonly review: ReviewState;
}

/** An unmeasurable promise, for a person to judge. */
export interface JudgementItem {
  readonly claimId: string;
  readonly categoryLabel: string;
  readonly text: string;
  readonly strengthLabel: string;
  readonly exposure: number;
  readonly place: Place;
  readonly review: ReviewState;
}

/** A bounded list with the full count. */
export interface ChangeList<T> {
  readonly count: number;
  /** The first items, bounded; `count` says how many there are. */
  readonly items: readonly T[];
}

/** A promise whose verdict changed since the previous run. */
export interface VerdictChange {
  readonly text: string;
  readonly before: string;
  readonly after: string;
  readonly direction: 'better' | 'worse';
}

/** What changed since the previous run. */
export interface Changes {
  /** "Run 2 (14 January 2025)", or null for a first run. */
  readonly previousRun: string | null;
  readonly summary: string;
  readonly added: ChangeList<string>;
  readonly removed: ChangeList<string>;
  readonly reworded: ChangeList<{ readonly before: string; readonly after: string }>;
  readonly verdictChanged: ChangeList<VerdictChange>;
}

/** A label and its value, for definition lists. */
export interface LabelledValue {
  readonly label: string;
  readonly value: string;
}

/** A document the run read, as the method lists it. */
/** How the audit was done and what limits its findings. */
export interface MethodDocument {
  readonly title: string;
  readonly uri: string;
  readonly kind: string;
  readonly pages: number | null;
}

export interface Method {
  /** How the audit worked, in a few plain sentences. */
  readonly approach: readonly string[];
  /** Crawl facts and limits as label/value pairs. */
  readonly crawl: readonly LabelledValue[];
  readonly robotsExcluded: ChangeList<{ readonly url: string; readonly reason: string }>;
  readonly documents: ChangeList<MethodDocument>;
  readonly datasets: ChangeList<{ readonly name: string; readonly rows: number }>;
  readonly thresholds: readonly LabelledValue[];
  readonly caveats: readonly string[];
}

/** One claim in the appendix. */
export interface AppendixRow {
  /** "C1", "C2" ... in appendix order. */
  readonly ref: string;
  readonly claimId: string;
  readonly text: string;
  readonly categoryLabel: string;
  readonly promise: string;
  readonly strengthLabel: string;
  readonly exposure: number;
  readonly verdict: Verdict | null;
  readonly verdictLabel: string;
  readonly result: string;
  readonly reviewLabel: string;
}

/** Everything the board report says. */
export interface ReportModel {
  readonly version: 1;
  readonly cover: Cover;
  readonly toc: readonly TocEntry[];
  readonly summary: ExecutiveSummary;
  readonly scorecard: Scorecard;
  readonly practice: readonly CategoryComparison[];
  readonly risks: readonly RiskCard[];
  readonly inconsistencies: readonly Inconsistency[];
  readonly judgement: readonly JudgementItem[];
  readonly changes: Changes;
  readonly method: Method;
  readonly appendix: readonly AppendixRow[];
}
