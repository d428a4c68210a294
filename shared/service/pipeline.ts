/**
 * One audit run, stage by stage: crawl -> documents -> extract -> cross-check. Each stage
 * reads its input from the workspace and writes its output there in a transaction, so a run
 * that is interrupted can be resumed from the stage it reached, and a failed stage leaves
 * the results of earlier runs untouched.
 */
import type { Workspace } from '../store/workspace.js';
import type { AuditSettings } from '../domain/settings.js';
import type { Run, RunStage, RunStats } from '../domain/types.js';
import type { RunProgress } from '../contract/types.js';
import { getRun, updateRun } from '../store/runs-repo.js';
import { runCrawlStage } from './stages/crawl-stage.js';
import { runDocumentsStage } from './stages/documents-stage.js';
import { runExtractStage } from './stages/extract-stage.js';
import { runCrosscheckStage } from './stages/crosscheck-stage.js';

export interface StageContext {
  readonly ws: Workspace;
  readonly run: Run;
  readonly settings: AuditSettings;
  readonly signal: AbortSignal;
  /** Merge figures into the run's stats and tell listeners (throttled by the caller). */
  report(patch: Partial<RunStats>, current?: string | null, message?: string | null): void;
}

export class CancelledError extends Error {
  constructor() {
    super('the run was cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError();
}

const STAGES: readonly { stage: RunStage; run: (ctx: StageContext) => Promise<void> }[] = [
  { stage: 'crawl', run: runCrawlStage },
  { stage: 'documents', run: runDocumentsStage },
  { stage: 'extract', run: runExtractStage },
  { stage: 'crosscheck', run: runCrosscheckStage },
];

export interface PipelineOptions {
  readonly signal: AbortSignal;
  readonly onProgress: (p: RunProgress) => void;
  /** Minimum milliseconds between two progress events (the last one always goes out). */
  readonly progressIntervalMs?: number;
}

/** Runs (or resumes) `runId` to its end. Resolves with the final run; never throws for a stage failure. */
export async function runPipeline(ws: Workspace, runId: string, opts: PipelineOptions): Promise<Run> {
  const initial = getRun(ws.db, runId);
  if (!initial) throw new Error(`no run ${runId}`);
  const settings = initial.settings as AuditSettings;
  const started = Date.now();
  let stats: RunStats = { ...initial.stats };
  let stage: RunStage = initial.stage;
  let lastEmit = 0;
  let current: string | null = null;
  let message: string | null = null;
  const interval = opts.progressIntervalMs ?? 150;

  const emit = (status: Run['status'], force = false): void => {
    const now = Date.now();
    if (!force && now - lastEmit < interval) return;
    lastEmit = now;
    opts.onProgress({ runId, status, stage, stats, elapsedMs: now - started, current, message });
  };

  updateRun(ws.db, runId, { status: 'running', error: null });
  emit('running', true);
  const startIndex = Math.max(0, STAGES.findIndex((s) => s.stage === stage));
  try {
    for (const s of STAGES.slice(startIndex)) {
      throwIfCancelled(opts.signal);
      stage = s.stage;
      updateRun(ws.db, runId, { stage, stats });
      emit('running', true);
      const run = getRun(ws.db, runId)!;
      await s.run({
        ws,
        run,
        settings,
        signal: opts.signal,
        report(patch, cur, msg) {
          stats = { ...stats, ...patch };
          if (cur !== undefined) current = cur;
          if (msg !== undefined) message = msg;
          emit('running');
        },
      });
      updateRun(ws.db, runId, { stats });
    }
    stage = 'done';
    current = null;
    message = null;
    updateRun(ws.db, runId, { status: 'done', stage, stats, finished: true });
    emit('done', true);
  } catch (err) {
    const cancelled = err instanceof CancelledError || opts.signal.aborted;
    const status: Run['status'] = cancelled ? 'cancelled' : 'failed';
    const error = cancelled ? null : (err as Error).message ?? String(err);
    message = error;
    updateRun(ws.db, runId, { status, stats, error, finished: true });
    emit(status, true);
  }
  return getRun(ws.db, runId)!;
}
