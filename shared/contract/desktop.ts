/**
 * Methods only the desktop app offers, all backed by a native dialog: the user picks the file,
 * so the renderer never names a path on disk. Only the Electron app implements them; the
 * renderer offers them when its transport is the desktop one. Same shape as api.ts (a zod
 * schema per method, a phantom result type) and validated the same way.
 */
import { z } from 'zod';
import type { DocumentInfo, WorkspaceInfo } from './types.js';

interface DesktopMethod<P extends z.ZodType, R> {
  readonly params: P;
  /** Phantom: the result type, never set at run time. */
  readonly result?: R;
}
function method<R>() {
  return <P extends z.ZodType>(params: P): DesktopMethod<P, R> => ({ params });
}

const none = z.object({}).strict();
const id = z.string().min(1).max(200);

/** A file the user picked, read in full (practice logs go on to preview and import). */
export interface PickedFile {
  readonly name: string;
  readonly dataBase64: string;
}

/** Documents added through the dialog, and those that could not be. */
export interface AddedDocuments {
  readonly added: readonly DocumentInfo[];
  readonly failed: readonly { readonly name: string; readonly message: string }[];
}

/** Export formats, as in the contract's `report.export`. */
export const EXPORT_FORMATS = ['pdf', 'claims-csv', 'findings-csv', 'json'] as const;

export const DESKTOP_API = {
  /** Pick a workspace file and open it. Null when the dialog is cancelled. */
  'desktop.openWorkspace': method<WorkspaceInfo | null>()(none),
  /** Choose where to save a new workspace and create it. Null when cancelled. */
  'desktop.newWorkspace': method<WorkspaceInfo | null>()(z.object({ company: z.string().max(200).optional() }).strict()),
  /** Pick documents (flyers, policies) and add them to the workspace. Null when cancelled. */
  'desktop.addDocuments': method<AddedDocuments | null>()(
    z.object({ kind: z.enum(['flyer', 'policy']).optional() }).strict(),
  ),
  /** Pick a practice log and return its content for preview and import. Null when cancelled. */
  'desktop.pickPracticeLog': method<PickedFile | null>()(none),
  /** Export the report or data and save it where the user chooses. Null when cancelled. */
  'desktop.saveExport': method<{ readonly path: string } | null>()(
    z
      .object({
        runId: id.optional(),
        format: z.enum(EXPORT_FORMATS),
        paper: z.enum(['A4', 'Letter']).default('A4'),
      })
      .strict(),
  ),
  /** Open a web link in the user's browser, if it passes the link policy. */
  'desktop.openExternal': method<{ readonly opened: boolean; readonly reason: string | null }>()(
    z.object({ url: z.string().max(4096) }).strict(),
  ),
} as const;

export type DesktopApi = typeof DESKTOP_API;
export type DesktopMethodName = keyof DesktopApi;
export type DesktopParamsOf<M extends DesktopMethodName> = z.output<DesktopApi[M]['params']>;
export type DesktopResultOf<M extends DesktopMethodName> = Exclude<DesktopApi[M]['result'], undefined>;

/** An implementation of every desktop method, receiving validated parameters. */
export type DesktopHandlers = {
  [M in DesktopMethodName]: (params: DesktopParamsOf<M>) => Promise<DesktopResultOf<M>>;
};

export function isDesktopMethodName(s: unknown): s is DesktopMethodName {
  return typeof s === 'string' && Object.prototype.hasOwnProperty.call(DESKTOP_API, s);
}
