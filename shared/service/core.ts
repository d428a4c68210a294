/**
 * The audit core: the one implementation of the API (shared/contract/api.ts) over an open
 * workspace. The Electron main process, the HTTP bridge and the tests all drive this; none of
 * them holds behaviour of its own.
 */
import { existsSync } from 'node:fs';
import type { ApiEvent } from '../contract/api.js';
import { createDispatcher, type ApiHandlers, type Dispatch } from '../contract/dispatch.js';
import { ApiError } from '../contract/errors.js';
import type { RunProgress } from '../contract/types.js';
import { Workspace } from '../store/workspace.js';
import { WorkspaceError } from '../store/database.js';
import { WorkspaceLockedError } from '../store/workspace-lock.js';
import { createRun, getRun } from '../store/runs-repo.js';
import { getSettings, putMeta, putSettings } from '../store/settings-repo.js';
import { runPipeline } from './pipeline.js';
import { RecentList } from './recent.js';
import { workspaceInfo } from './queries/workspace-info.js';
import { documentHandlers } from './handlers/documents.js';
import { practiceHandlers } from './handlers/practice.js';
import { resultHandlers } from './handlers/results.js';
import { reportHandlers } from './handlers/report.js';
import type { PdfPrinter } from '../report/pdf.js';
import { join } from 'node:path';

export interface AuditCoreOptions {
  /** Open this workspace at start. */
  readonly workspacePath?: string;
  /** better_sqlite3.node built for the running runtime (Electron). */
  readonly nativeBinding?: string;
  /** How the PDF report is printed (Electron: printToPDF; CLI/bridge: local Chromium). */
  readonly pdfPrinter?: PdfPrinter;
  /** Where recent workspaces and the sample workspace live. */
  readonly userDataDir: string;
  /** Opens the bundled sample: returns the path of a ready workspace (set by the host). */
  readonly openSample?: () => Promise<string>;
}

export interface AuditCore {
  readonly dispatch: Dispatch;
  onEvent(listener: (e: ApiEvent) => void): () => void;
  openWorkspace(path: string, create?: boolean): Workspace;
  /** The open workspace, or throws `no-workspace`. */
  workspace(): Workspace;
  /** Waits for the run under way, if any (tests, CLI). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** State shared by the handler groups. */
export interface CoreState {
  ws(): Workspace;
  emit(e: ApiEvent): void;
  readonly options: AuditCoreOptions;
}

export function createAuditCore(options: AuditCoreOptions): AuditCore {
  let ws: Workspace | null = null;
  let active: { runId: string; controller: AbortController; done: Promise<void>; progress: RunProgress | null } | null =
    null;
  const listeners = new Set<(e: ApiEvent) => void>();
  const recent = new RecentList(join(options.userDataDir, 'recent-workspaces.json'));

  const emit = (e: ApiEvent): void => {
    for (const l of listeners) {
      try {
        l(e);
      } catch {
        // A failing listener (a closed window) must not stop the run.
      }
    }
  };
  const current = (): Workspace => {
    if (!ws) throw new ApiError('no-workspace', 'No workspace is open: create a new audit or open one first.');
    return ws;
  };
  const state: CoreState = { ws: current, emit, options };

  const open = (path: string, create = false): Workspace => {
    if (active) throw new ApiError('conflict', 'An audit run is under way; cancel it or wait before switching workspace.');
    if (create && existsSync(path)) {
      throw new ApiError('conflict', `${path} already exists; choose another name or open it instead.`);
    }
    let next: Workspace;
    try {
      next = Workspace.open(path, { create, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
    } catch (err) {
      if (err instanceof WorkspaceLockedError) throw new ApiError('conflict', err.message);
      if (err instanceof WorkspaceError) throw new ApiError(create ? 'bad-input' : 'not-found', err.message);
      throw err;
    }
    ws?.close();
    ws = next;
    recent.add(path, next.name);
    emit({ type: 'workspace-changed' });
    return next;
  };

  const startRun = (runId: string): void => {
    const controller = new AbortController();
    const w = current();
    const entry = { runId, controller, done: Promise.resolve(), progress: null as RunProgress | null };
    entry.done = runPipeline(w, runId, {
      signal: controller.signal,
      onProgress: (p) => {
        entry.progress = p;
        emit({ type: 'progress', progress: p });
      },
    })
      .then((run) => emit({ type: 'run-finished', runId, status: run.status, error: run.error }))
      .catch((err: Error) => emit({ type: 'run-finished', runId, status: 'failed', error: err.message }))
      .finally(() => {
        if (active === entry) active = null;
      });
    active = entry;
  };

  const info = () => workspaceInfo(current(), active?.runId ?? null);

  const handlers: ApiHandlers = {
    'workspace.info': () => (ws ? info() : null),
    'workspace.open': ({ path }) => {
      open(path, false);
      return info();
    },
    'workspace.create': ({ path, company }) => {
      const w = open(path, true);
      if (company) putSettings(w.db, { ...getSettings(w.db), company });
      return info();
    },
    'workspace.openSample': async () => {
      if (!options.openSample) throw new ApiError('unavailable', 'The sample audit is not available in this build.');
      const path = await options.openSample();
      const w = open(path, false);
      putMeta(w.db, 'sample', 'true');
      return info();
    },
    'workspace.recent': () => recent.list(),
    'settings.update': ({ settings }) => {
      if (active) throw new ApiError('conflict', 'Settings cannot change while a run is under way.');
      const saved = putSettings(current().db, settings);
      emit({ type: 'workspace-changed' });
      return saved;
    },
    ...documentHandlers(state),
    ...practiceHandlers(state),
    'audit.start': () => {
      if (active) throw new ApiError('conflict', 'A run is already under way.');
      const w = current();
      const run = createRun(w.db, getSettings(w.db));
      startRun(run.id);
      return { runId: run.id };
    },
    'audit.cancel': ({ runId }) => {
      if (!active || active.runId !== runId) throw new ApiError('not-found', `Run ${runId} is not under way.`);
      active.controller.abort();
    },
    'audit.resume': ({ runId }) => {
      if (active) throw new ApiError('conflict', 'A run is already under way.');
      const run = getRun(current().db, runId);
      if (!run) throw new ApiError('not-found', `There is no run ${runId} in this workspace.`);
      if (run.status === 'done') throw new ApiError('conflict', `Run ${run.number} already finished.`);
      startRun(runId);
      return { runId };
    },
    'audit.status': () => active?.progress ?? null,
    ...resultHandlers(state),
    ...reportHandlers(state),
  };

  return {
    dispatch: createDispatcher(handlers),
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    openWorkspace: open,
    workspace: current,
    async idle() {
      while (active) await active.done;
    },
    async close() {
      if (active) {
        active.controller.abort();
        await active.done;
      }
      ws?.close();
      ws = null;
      listeners.clear();
    },
  };
}
