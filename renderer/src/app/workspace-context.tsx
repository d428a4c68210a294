/**
 * The open audit as every screen sees it: its info, the run under way, and a revision number
 * that moves whenever the core says the workspace changed (screens reload on it).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ApiEvent } from '../../../shared/contract/api.js';
import type { RunProgress, WorkspaceInfo } from '../../../shared/contract/types.js';
import { useApi } from '../api/api-context.js';
import { toUiError, type UiError } from '../lib/ui-error.js';

export interface WorkspaceState {
  /** undefined while loading, null when no audit is open. */
  readonly info: WorkspaceInfo | null | undefined;
  readonly error: UiError | null;
  /** The latest progress of the current or last run seen in this session. */
  readonly progress: RunProgress | null;
  /** Bumped on every change the core reports. */
  readonly revision: number;
  reload(): Promise<void>;
  /** Replaces the info after a call that returned it (open, create, settings). */
  setInfo(info: WorkspaceInfo | null): void;
}

const Ctx = createContext<WorkspaceState | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [info, setInfoState] = useState<WorkspaceInfo | null | undefined>(undefined);
  const [error, setError] = useState<UiError | null>(null);
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [revision, setRevision] = useState(0);

  const reload = useCallback(async () => {
    try {
      const [next, status] = await Promise.all([api.call('workspace.info'), api.call('audit.status').catch(() => null)]);
      setInfoState(next);
      if (status) setProgress(status);
      setError(null);
    } catch (err) {
      // Before the first answer the app shows this error (with a retry) instead of a screen.
      setError(toUiError(err));
    }
  }, [api]);

  useEffect(() => {
    void reload();
    return api.onEvent((event: ApiEvent) => {
      if (event.type === 'progress') {
        setProgress(event.progress);
        return;
      }
      if (event.type === 'run-finished') {
        setProgress((p) => (p && p.runId === event.runId ? { ...p, status: event.status, message: event.error ?? p.message } : p));
      }
      setRevision((r) => r + 1);
      void reload();
    });
  }, [api, reload]);

  const setInfo = useCallback((next: WorkspaceInfo | null) => {
    setInfoState(next);
    setRevision((r) => r + 1);
  }, []);

  const value = useMemo<WorkspaceState>(() => ({ info, error, progress, revision, reload, setInfo }), [info, error, progress, revision, reload, setInfo]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useWorkspace(): WorkspaceState {
  const state = useContext(Ctx);
  if (!state) throw new Error('useWorkspace() needs a <WorkspaceProvider> above it');
  return state;
}

/** The open workspace; only for screens rendered when one is open. */
export function useOpenWorkspace(): WorkspaceInfo {
  const { info } = useWorkspace();
  if (!info) throw new Error('no workspace is open');
  return info;
}

/** True while a run is under way. */
export function useRunning(): boolean {
  const { info, progress } = useWorkspace();
  if (info?.activeRunId) return true;
  if (progress?.status !== 'running') return false;
  // A progress event can outlive its run by a moment; the run list is the authority.
  const run = info?.runs.find((r) => r.id === progress.runId);
  return !run || run.status === 'running';
}
