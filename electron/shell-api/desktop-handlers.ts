/**
 * The desktop methods: each shows a native dialog, then goes through the core's validated
 * dispatch like any other call. Dialogs and files come in as ports so this runs in tests
 * without Electron.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_UPLOAD_BYTES } from '../../shared/contract/api.js';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import { ApiError } from '../../shared/contract/errors.js';
import type { DocumentInfo, ExportedFile, WorkspaceInfo } from '../../shared/contract/types.js';
import { WORKSPACE_EXTENSION } from '../app/workspace-key.js';
import type { DesktopHandlers } from './desktop-methods.js';
import { DOCUMENT_FILTERS, exportFilters, PRACTICE_LOG_FILTERS, WORKSPACE_FILTERS, type FileFilter } from './file-filters.js';

/** Native file dialogs, attached to the calling window. */
export interface DialogPort {
  /** The chosen files; empty when cancelled. */
  open(opts: { readonly title: string; readonly filters: FileFilter[]; readonly multiple: boolean }): Promise<string[]>;
  /** The chosen path; null when cancelled. */
  save(opts: { readonly title: string; readonly defaultName: string; readonly filters: FileFilter[] }): Promise<string | null>;
}

/** File access, replaceable in tests. */
export interface FilePort {
  size(path: string): Promise<number>;
  read(path: string): Promise<Buffer>;
  write(path: string, data: Uint8Array): Promise<void>;
}

export const NODE_FILES: FilePort = {
  size: async (path) => (await stat(path)).size,
  read: (path) => readFile(path),
  write: (path, data) => writeFile(path, data),
};

export interface DesktopDeps {
  readonly dialogs: DialogPort;
  /** The calling window's validated core dispatch. */
  readonly dispatch: Dispatch;
  /** Opens a link through the link policy. */
  readonly openExternal: (url: string) => Promise<{ readonly opened: boolean; readonly reason: string | null }>;
  readonly files?: FilePort;
}

/** Reads a picked file for the API, refusing what the API would refuse anyway, before reading it. */
async function readPicked(files: FilePort, path: string): Promise<{ name: string; dataBase64: string }> {
  const name = basename(path);
  const size = await files.size(path);
  if (size > MAX_UPLOAD_BYTES) {
    throw new ApiError('bad-input', `${name} is ${Math.round(size / 1024 / 1024)} MB; files up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB can be added.`);
  }
  return { name, dataBase64: (await files.read(path)).toString('base64') };
}

function withWorkspaceExtension(path: string): string {
  return path.toLowerCase().endsWith(WORKSPACE_EXTENSION) ? path : `${path}${WORKSPACE_EXTENSION}`;
}

/** A safe default file name for a new workspace, from the company name. */
export function defaultWorkspaceName(company: string | undefined): string {
  const cleaned = (company ?? '').replace(/[\u0000-\u001f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${cleaned || 'Audit'}${WORKSPACE_EXTENSION}`;
}

export function createDesktopHandlers(deps: DesktopDeps): DesktopHandlers {
  const files = deps.files ?? NODE_FILES;
  const call = <T>(method: string, params: unknown) => deps.dispatch(method, params) as Promise<T>;
  return {
    'desktop.openWorkspace': async () => {
      const [path] = await deps.dialogs.open({ title: 'Open audit', filters: WORKSPACE_FILTERS, multiple: false });
      return path ? call<WorkspaceInfo>('workspace.open', { path }) : null;
    },
    'desktop.newWorkspace': async ({ company }) => {
      const chosen = await deps.dialogs.save({ title: 'New audit', defaultName: defaultWorkspaceName(company), filters: WORKSPACE_FILTERS });
      if (!chosen) return null;
      return call<WorkspaceInfo>('workspace.create', { path: withWorkspaceExtension(chosen), ...(company ? { company } : {}) });
    },
    'desktop.addDocuments': async ({ kind }) => {
      const paths = await deps.dialogs.open({ title: 'Add documents', filters: DOCUMENT_FILTERS, multiple: true });
      if (paths.length === 0) return null;
      const added: DocumentInfo[] = [];
      const failed: { name: string; message: string }[] = [];
      // One at a time: each document may be large, and the core reads them one by one anyway.
      for (const path of paths) {
        try {
          const file = await readPicked(files, path);
          added.push(await call<DocumentInfo>('documents.add', { ...file, ...(kind ? { kind } : {}) }));
        } catch (err) {
          failed.push({ name: basename(path), message: (err as Error).message });
        }
      }
      return { added, failed };
    },
    'desktop.pickPracticeLog': async () => {
      const [path] = await deps.dialogs.open({ title: 'Import practice log', filters: PRACTICE_LOG_FILTERS, multiple: false });
      return path ? readPicked(files, path) : null;
    },
    'desktop.saveExport': async (params) => {
      const exported = await call<ExportedFile>('report.export', params);
      const path = await deps.dialogs.save({
        title: 'Save export',
        defaultName: exported.fileName,
        filters: exportFilters(exported.fileName),
      });
      if (!path) return null;
      await files.write(path, Buffer.from(exported.dataBase64, 'base64'));
      return { path };
    },
    'desktop.openExternal': ({ url }) => deps.openExternal(url),
  };
}
