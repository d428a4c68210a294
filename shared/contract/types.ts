/** The result shapes of the API (see api.ts). Plain data, safe to send over IPC or HTTP. */
import type { AuditSettings } from '../domain/settings.js';
import type {
  Claim,
  ClaimCategory,
  Finding,
  Occurrence,
  Passage,
  Review,
  ReviewStatus,
  Run,
  RunStage,
  RunStats,
} from '../domain/types.js';

export interface DocumentInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: 'flyer' | 'policy';
  readonly size: number;
  readonly addedAt: string;
}

export interface RowError {
  /** 1-based line in the file (the header is line 1), or the row number for XLSX/JSON. */
  readonly line: number;
  /** The column (header name) at fault, or null when the row as a whole is. */
  readonly column: string | null;
  readonly reason: string;
}

export interface DatasetInfo {
  readonly id: string;
  readonly name: string;
  readonly format: string;
  readonly preset: string | null;
  readonly rowCount: number;
  /** Rows left out by "skip bad rows", with why. */
  readonly skipped: readonly RowError[];
  readonly skippedCount: number;
  readonly importedAt: string;
}

export interface PresetInfo {
  readonly name: string;
  readonly label: string;
  readonly description: string;
}

export interface PracticePreview {
  readonly format: string;
  readonly encoding: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The preset recognised from the headers, if any. */
  readonly detectedPreset: string | null;
  /** The mapping the import would use. */
  readonly mapping: Record<string, unknown> | null;
  /** Records as they would be imported, first rows only. */
  readonly records: readonly {
    readonly occurredAt: string;
    readonly metric: string;
    readonly value: number;
    readonly unit: string;
  }[];
  readonly errors: readonly RowError[];
  /** Why no mapping applies (no preset fits, a mapped column is missing), or null. */
  readonly mappingError?: string | null;
  /** What each column holds, guessed from the first rows (timestamp, number, duration, outcome, text, empty). */
  readonly columnKinds?: readonly string[];
}

export type ImportOutcome =
  | { readonly ok: true; readonly dataset: DatasetInfo }
  | {
      readonly ok: false;
      readonly message: string;
      /** Every bad row (capped; see errorCount). Nothing was imported. */
      readonly errors: readonly RowError[];
      readonly errorCount: number;
    };

export interface RecentWorkspace {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
}

export interface WorkspaceInfo {
  readonly path: string;
  readonly name: string;
  readonly settings: AuditSettings;
  readonly documents: readonly DocumentInfo[];
  readonly datasets: readonly DatasetInfo[];
  /** Records logged by hand in the app. */
  readonly manualRecords: number;
  readonly runs: readonly Run[];
  /** The run under way, if any. */
  readonly activeRunId: string | null;
  /** True when this workspace is the bundled sample. */
  readonly sample: boolean;
}

export interface RunProgress {
  readonly runId: string;
  readonly status: Run['status'];
  readonly stage: RunStage;
  readonly stats: RunStats;
  readonly elapsedMs: number;
  /** The URL or file being read now. */
  readonly current: string | null;
  readonly message: string | null;
}

/** One row of the review grid: a finding, its claim's essentials and its review state. */
export interface FindingRow {
  readonly finding: Finding;
  readonly claimText: string;
  readonly span: readonly [number, number];
  readonly category: ClaimCategory;
  readonly sourceUri: string;
  readonly sourceKind: Claim['source']['kind'];
  readonly exposure: number;
  readonly reviewStatus: ReviewStatus;
  readonly reviewedBy: string | null;
}

export interface ClaimRow {
  readonly claim: Claim;
  /** Its practice finding in the run, if the cross-check ran. */
  readonly findingId: string | null;
  readonly verdict: Finding['verdict'] | null;
}

export interface FindingDetail {
  readonly finding: Finding;
  readonly claim: Claim;
  /** The other claim of an `inconsistent` finding. */
  readonly conflictsWith: Claim | null;
  /** The passage the claim was first found in. */
  readonly passage: Pick<Passage, 'text' | 'leadIn' | 'context' | 'role'> | null;
  readonly occurrences: readonly Occurrence[];
  /** Practice values in the claim's unit, as a histogram, with the promised threshold. */
  readonly distribution: {
    readonly unit: string;
    readonly threshold: number | null;
    readonly bins: readonly { readonly from: number; readonly to: number; readonly count: number }[];
  } | null;
  readonly reviews: readonly Review[];
}

export interface ExportedFile {
  readonly fileName: string;
  readonly mimeType: string;
  readonly dataBase64: string;
}
