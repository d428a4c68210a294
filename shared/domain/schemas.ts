/**
 * The domain model of SPEC ("The pipeline and its words"), written once as zod schemas.
 * The TypeScript types in `types.ts` are inferred from these, and every boundary where
 * outside data enters (IPC, HTTP bridge, CLI, files) validates against them.
 */
import { z } from 'zod';
import {
  CLAIM_CATEGORIES,
  CLAIM_UNITS,
  PASSAGE_ROLES,
  PRACTICE_UNITS,
  REVIEW_STATUSES,
  RUN_STAGES,
  RUN_STATUSES,
  SCOPES,
  SOURCE_FORMATS,
  SOURCE_KINDS,
  STRENGTHS,
  VERDICTS,
} from './vocabulary.js';

export const ClaimCategorySchema = z.enum(CLAIM_CATEGORIES);
export const ClaimUnitSchema = z.enum(CLAIM_UNITS);
export const PracticeUnitSchema = z.enum(PRACTICE_UNITS);
export const StrengthSchema = z.enum(STRENGTHS);
export const ScopeSchema = z.enum(SCOPES);
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export const SourceFormatSchema = z.enum(SOURCE_FORMATS);
export const PassageRoleSchema = z.enum(PASSAGE_ROLES);
export const VerdictSchema = z.enum(VERDICTS);
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export const RunStatusSchema = z.enum(RUN_STATUSES);
export const RunStageSchema = z.enum(RUN_STAGES);

/** Where in a source a passage sits. */
export const LocationSchema = z.object({
  /** 1-based page number for paged documents (PDF), else null. */
  page: z.number().int().positive().nullable(),
  /** Element path for markup sources ("main > ul:nth-of-type(1) > li:nth-of-type(2)"), else null. */
  path: z.string().nullable(),
  /** 1-based line for plain-text sources (TXT, Markdown), else null. */
  line: z.number().int().positive().nullable(),
});

/** One place a claim appears: the `{uri, kind, location}` triple of SPEC. */
export const OccurrenceSchema = z.object({
  /** The page URL or the document's file URI. */
  uri: z.string(),
  /** Web page, flyer or policy. */
  kind: SourceKindSchema,
  /** Where in that source. */
  location: LocationSchema,
});

/** Where text comes from: a crawled page, a flyer or a policy. */
export const SourceSchema = z.object({
  /** Stable id within the workspace. */
  id: z.string(),
  /** The run that read it. */
  runId: z.string(),
  /** Page URL or file URI. */
  uri: z.string(),
  /** Web page, flyer or policy. */
  kind: SourceKindSchema,
  /** File format it was read from. */
  format: SourceFormatSchema,
  /** Title (HTML <title>, PDF title, file name). */
  title: z.string(),
  /** SHA-256 of the normalised text, for duplicate detection. */
  contentHash: z.string(),
  /** Number of pages for paged formats, else null. */
  pageCount: z.number().int().nullable(),
  /** When it was read (ISO 8601). */
  readAt: z.string(),
});

/** A sentence, list item or table cell with its location and what it hangs under. */
export const PassageSchema = z.object({
  id: z.string(),
  sourceId: z.string(),
  /** The passage as it stands in the source, whitespace collapsed. */
  text: z.string(),
  /** Structural role. */
  role: PassageRoleSchema,
  /** The lead-in a list item hangs under ("If you phone us, we will:"), else null. */
  leadIn: z.string().nullable(),
  /** Context that changes its meaning: a table's column/row header or an FAQ question. */
  context: z.string().nullable(),
  /** Where it sits. */
  location: LocationSchema,
  /** True when the passage is repeated boilerplate (banner, footer) seen on many pages. */
  boilerplate: z.boolean(),
});

/** A service promise found in a passage, with its parameters (SPEC "Claim extraction"). */
export const ClaimSchema = z.object({
  id: z.string(),
  /** Stable identity across runs: a hash of the normalised passage text. */
  key: z.string(),
  /** The passage as it stands in the source, whitespace collapsed. */
  text: z.string(),
  /** Character offsets of the promise inside `text` ([start, end)), for highlighting. */
  span: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]),
  category: ClaimCategorySchema,
  /** True when a practice log could confirm or refute it with a number. */
  measurable: z.boolean(),
  /** The threshold, or the low end of a range. */
  value: z.number().nullable(),
  /** The high end of a range ("3-5 working days"), else null. */
  valueMax: z.number().nullable(),
  unit: ClaimUnitSchema.nullable(),
  strength: StrengthSchema,
  scope: ScopeSchema,
  /** The stated percentage when scope is `share`, else null. */
  share: z.number().nullable(),
  /** Where it was first seen. */
  source: OccurrenceSchema,
  /** Every place it appears; its length is the claim's exposure. */
  occurrences: z.array(OccurrenceSchema),
});

/** One staff-reported or logged fact about what actually happened. */
export const PracticeRecordSchema = z.object({
  id: z.string(),
  /** The imported dataset it came from, or null for a report logged in the app. */
  datasetId: z.string().nullable(),
  /** When it happened (ISO 8601). */
  occurredAt: z.string(),
  /** The claim category it measures. */
  metric: ClaimCategorySchema,
  value: z.number(),
  unit: PracticeUnitSchema,
  channel: z.string().nullable(),
  team: z.string().nullable(),
  reportedBy: z.string().nullable(),
  note: z.string().nullable(),
  /** True when a staff member logged it by hand in the app. */
  manual: z.boolean(),
});

/** A claim set against the practice that measures it, with a verdict and the numbers behind it. */
export const FindingSchema = z.object({
  id: z.string(),
  runId: z.string(),
  /** Stable across runs, so reviews carry over: verdict family + claim key(s). */
  key: z.string(),
  claimId: z.string(),
  verdict: VerdictSchema,
  /** For `inconsistent`: the other claim, stating a different threshold. */
  conflictsWith: z.string().nullable(),
  /** Number of practice records that measure it. */
  n: z.number().int().nonnegative(),
  /** Share of records meeting the claim (0..1), or null when there are none. */
  attainment: z.number().nullable(),
  /** Lower and upper bounds of the Wilson interval on attainment. */
  attainmentLow: z.number().nullable(),
  attainmentHigh: z.number().nullable(),
  /** Share of cases the claim must meet to count as kept (0..1). */
  target: z.number().nullable(),
  /** Practice percentiles, in the claim's unit. */
  p50: z.number().nullable(),
  p90: z.number().nullable(),
  p95: z.number().nullable(),
  /** 0..100, gap x exposure x strength. */
  severity: z.number(),
  /** One plain sentence. */
  explanation: z.string(),
  /** An honest rewording practice supports, or null. */
  suggestion: z.string().nullable(),
});

/** A person's decision on a finding; an append-only trail. */
export const ReviewSchema = z.object({
  id: z.string(),
  /** The finding's stable key, so decisions survive a re-run. */
  findingKey: z.string(),
  status: ReviewStatusSchema,
  /** Required when dismissed. */
  reason: z.string().nullable(),
  /** The new wording when reworded, or a free note. */
  note: z.string().nullable(),
  reviewer: z.string(),
  /** ISO 8601. */
  at: z.string(),
});

/** Figures a run reports as it goes and when it ends. */
export const RunStatsSchema = z.object({
  pagesFetched: z.number().int(),
  pagesQueued: z.number().int(),
  pagesFailed: z.number().int(),
  pagesExcluded: z.number().int(),
  documentsRead: z.number().int(),
  passages: z.number().int(),
  claims: z.number().int(),
  findings: z.number().int(),
});

/** One execution of the audit over the workspace's inputs. */
export const RunSchema = z.object({
  id: z.string(),
  /** 1, 2, 3 ... in the workspace. */
  number: z.number().int().positive(),
  status: RunStatusSchema,
  stage: RunStageSchema,
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** The settings it ran with, frozen. */
  settings: z.unknown(),
  stats: RunStatsSchema,
  /** Why it failed, when it did. */
  error: z.string().nullable(),
});
