/**
 * What the report is built from: one run of an audit with everything the board needs to
 * know about it. The caller (CLI, app, bridge) gathers this from the workspace.
 */
import type { RunDiff } from '../domain/diff.js';
import type { AuditSettings } from '../domain/settings.js';
import type { Claim, Finding, Review, Run, SourceFormat, SourceKind } from '../domain/types.js';

/** A URL the crawler did not fetch because robots.txt (or a crawl rule) said no. */
export interface ExcludedUrl {
  readonly url: string;
  /** Why, in words ("robots.txt: Disallow: /account/"). */
  readonly reason: string;
}

/** A document read during the run: a flyer or policy, or a PDF the site linked to. */
export interface DocumentRead {
  readonly uri: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly format: SourceFormat;
  /** Pages for paged formats, else null. */
  readonly pages: number | null;
}

/** A practice log imported into the workspace. */
export interface PracticeDatasetFacts {
  readonly name: string;
  /** Records it contributed. */
  readonly rows: number;
}

/** What the run read, for the method section. */
export interface CrawlFacts {
  readonly pagesFetched: number;
  readonly pagesFailed: number;
  /** URLs left alone because robots.txt excluded them, each with its reason. */
  readonly robotsExcluded: readonly ExcludedUrl[];
  readonly documents: readonly DocumentRead[];
  readonly practiceDatasets: readonly PracticeDatasetFacts[];
}

/** Everything one report is built from. Plain data; nothing here is trusted text. */
export interface ReportInput {
  /** The company audited (falls back to `settings.company` when empty). */
  readonly company: string;
  /** The site(s) crawled; empty for a documents-only audit. */
  readonly siteUrls: readonly string[];
  /** When the report is produced (ISO 8601); the only clock the report knows. */
  readonly generatedAt: string;
  /** The run reported on. */
  readonly run: Run;
  /** The settings the run used. */
  readonly settings: AuditSettings;
  readonly claims: readonly Claim[];
  readonly findings: readonly Finding[];
  /** The latest review of each finding, keyed by the finding's stable key; absent = open. */
  readonly latestReviews: Readonly<Record<string, Review>>;
  /** What changed since the previous run, or null for a first run. */
  readonly diff: RunDiff | null;
  /** The run compared against, when there is a diff (for its number and date). */
  readonly previousRun: Run | null;
  readonly crawl: CrawlFacts;
  /** How many top risks get a card of their own (default 10). */
  readonly topRiskCount?: number;
}

/** The input cannot make a report; the message names the field and the record. */
export class ReportInputError extends Error {
  constructor(message: string) {
    super(`Report input: ${message}`);
    this.name = 'ReportInputError';
  }
}
