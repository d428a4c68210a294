/**
 * The API of the core, defined once. The Electron IPC bridge, the loopback HTTP bridge and
 * the renderer's client are all derived from this map: a method name, the zod schema of its
 * parameters (validated at every boundary) and the TypeScript type of its result.
 */
import { z } from 'zod';
import {
  ClaimCategorySchema,
  PracticeUnitSchema,
  ReviewStatusSchema,
} from '../domain/schemas.js';
import { AuditSettingsSchema } from '../domain/settings.js';
import type { AuditSettings } from '../domain/settings.js';
import type { RunDiff } from '../domain/diff.js';
import type { Claim, PracticeRecord, Review, Run } from '../domain/types.js';
import type {
  ClaimRow,
  DatasetInfo,
  DocumentInfo,
  ExportedFile,
  FindingDetail,
  FindingRow,
  ImportOutcome,
  PracticePreview,
  PresetInfo,
  RecentWorkspace,
  RunProgress,
  WorkspaceInfo,
} from './types.js';

/** Largest file accepted over the API (base64 in a JSON body), in bytes before encoding. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const id = z.string().min(1).max(200);
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((s) => !/[\u0000-\u001f/\\]/.test(s), { message: 'must be a plain file name, without folders' });
const base64 = z
  .string()
  .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, { message: `file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'is not base64' });
const filePath = z.string().min(1).max(4096);
const none = z.object({}).strict();

/** A column mapping for a practice log (see shared/practice). Validated again by the importer. */
export const ColumnMappingSchema = z.record(z.string().max(100), z.unknown());

const practiceFile = {
  name: fileName,
  dataBase64: base64,
  preset: z.string().max(100).optional(),
  mapping: ColumnMappingSchema.optional(),
};

interface Method<P extends z.ZodType, R> {
  readonly params: P;
  /** Phantom: the result type, never set at run time. */
  readonly result?: R;
}
function method<R>() {
  return <P extends z.ZodType>(params: P): Method<P, R> => ({ params });
}

export const API = {
  /** The open workspace: its file, settings, inputs and runs. */
  'workspace.info': method<WorkspaceInfo | null>()(none),
  /** Open an existing workspace file. */
  'workspace.open': method<WorkspaceInfo>()(z.object({ path: filePath }).strict()),
  /** Create a new, empty workspace file (refuses to overwrite). */
  'workspace.create': method<WorkspaceInfo>()(
    z.object({ path: filePath, company: z.string().max(200).optional() }).strict(),
  ),
  /** Create a workspace from the bundled sample company (site served on loopback, flyer, policy, logs). */
  'workspace.openSample': method<WorkspaceInfo>()(none),
  /** Recently opened workspaces, newest first. */
  'workspace.recent': method<RecentWorkspace[]>()(none),

  'settings.update': method<AuditSettings>()(z.object({ settings: AuditSettingsSchema }).strict()),

  'documents.add': method<DocumentInfo>()(
    z.object({ name: fileName, dataBase64: base64, kind: z.enum(['flyer', 'policy']).optional() }).strict(),
  ),
  'documents.remove': method<void>()(z.object({ id }).strict()),

  'practice.presets': method<PresetInfo[]>()(none),
  'practice.preview': method<PracticePreview>()(z.object(practiceFile).strict()),
  'practice.import': method<ImportOutcome>()(
    z.object({ ...practiceFile, skipBadRows: z.boolean().default(false) }).strict(),
  ),
  'practice.removeDataset': method<void>()(z.object({ id }).strict()),
  /** A staff member logs one practice report by hand. */
  'practice.log': method<PracticeRecord>()(
    z
      .object({
        occurredAt: z.string().min(1).max(64),
        metric: ClaimCategorySchema,
        value: z.number().finite(),
        unit: PracticeUnitSchema,
        reportedBy: z.string().min(1).max(200),
        note: z.string().max(2000).optional(),
        channel: z.string().max(200).optional(),
        team: z.string().max(200).optional(),
      })
      .strict(),
  ),
  'practice.datasets': method<DatasetInfo[]>()(none),

  /** Start a new run over the workspace's current inputs. */
  'audit.start': method<{ runId: string }>()(none),
  'audit.cancel': method<void>()(z.object({ runId: id }).strict()),
  /** Continue an interrupted or cancelled run without refetching finished pages. */
  'audit.resume': method<{ runId: string }>()(z.object({ runId: id }).strict()),
  /** Progress of the run under way, or null. */
  'audit.status': method<RunProgress | null>()(none),

  'runs.list': method<Run[]>()(none),
  'runs.diff': method<RunDiff>()(z.object({ fromRunId: id, toRunId: id }).strict()),

  /** Findings of a run (latest finished run by default) with their claim and review status. */
  'findings.list': method<FindingRow[]>()(z.object({ runId: id.optional() }).strict()),
  'findings.get': method<FindingDetail>()(z.object({ id }).strict()),
  'claims.list': method<ClaimRow[]>()(z.object({ runId: id.optional() }).strict()),
  'claims.get': method<Claim>()(z.object({ id }).strict()),

  /** Record a decision on one or more findings (bulk). Dismissing needs a reason. */
  'review.decide': method<Review[]>()(
    z
      .object({
        findingKeys: z.array(z.string().min(1).max(2000)).min(1).max(20_000),
        status: ReviewStatusSchema,
        reason: z.string().max(2000).optional(),
        note: z.string().max(5000).optional(),
        reviewer: z.string().min(1).max(200),
      })
      .strict()
      .refine((d) => d.status !== 'dismissed' || (d.reason ?? '').trim().length > 0, {
        message: 'a dismissal needs a reason',
        path: ['reason'],
      }),
  ),
  'review.history': method<Review[]>()(z.object({ findingKey: z.string().min(1).max(2000) }).strict()),

  /** The report as HTML, for the preview pane. */
  'report.preview': method<{ html: string }>()(
    z.object({ runId: id.optional(), paper: z.enum(['A4', 'Letter']).default('A4') }).strict(),
  ),
  /** A file to save: the PDF report, or CSV/JSON exports. */
  'report.export': method<ExportedFile>()(
    z
      .object({
        runId: id.optional(),
        format: z.enum(['pdf', 'claims-csv', 'findings-csv', 'json']),
        paper: z.enum(['A4', 'Letter']).default('A4'),
      })
      .strict(),
  ),
} as const;

export type Api = typeof API;
export type MethodName = keyof Api;
export type ParamsOf<M extends MethodName> = z.input<Api[M]['params']>;
export type ResultOf<M extends MethodName> = Exclude<Api[M]['result'], undefined>;

export const METHOD_NAMES = Object.keys(API) as MethodName[];

export function isMethodName(s: unknown): s is MethodName {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(API, s);
}

/** Events the core pushes to every client. */
export type ApiEvent =
  | { readonly type: 'progress'; readonly progress: RunProgress }
  | { readonly type: 'run-finished'; readonly runId: string; readonly status: Run['status']; readonly error: string | null }
  | { readonly type: 'workspace-changed' };
