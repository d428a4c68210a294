/** Audit runs: each re-run adds one; earlier runs and their results are kept. */
import { randomUUID } from 'node:crypto';
import type { Db } from './database.js';
import type { Run, RunStage, RunStats, RunStatus } from '../domain/types.js';
import type { AuditSettings } from '../domain/settings.js';

export const EMPTY_STATS: RunStats = {
  pagesFetched: 0,
  pagesQueued: 0,
  pagesFailed: 0,
  pagesExcluded: 0,
  documentsRead: 0,
  passages: 0,
  claims: 0,
  findings: 0,
};

interface RunRow {
  id: string;
  number: number;
  status: RunStatus;
  stage: RunStage;
  started_at: string;
  finished_at: string | null;
  settings: string;
  stats: string;
  error: string | null;
}

function toRun(r: RunRow): Run {
  return {
    id: r.id,
    number: r.number,
    status: r.status,
    stage: r.stage,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    settings: JSON.parse(r.settings) as unknown,
    stats: { ...EMPTY_STATS, ...(JSON.parse(r.stats) as Partial<RunStats>) },
    error: r.error,
  };
}

export function createRun(db: Db, settings: AuditSettings): Run {
  const id = randomUUID();
  const number = ((db.prepare('SELECT max(number) AS n FROM runs').get() as { n: number | null }).n ?? 0) + 1;
  db.prepare(
    `INSERT INTO runs (id, number, status, stage, started_at, settings, stats) VALUES (?, ?, 'running', 'crawl', ?, ?, ?)`,
  ).run(id, number, new Date().toISOString(), JSON.stringify(settings), JSON.stringify(EMPTY_STATS));
  return getRun(db, id)!;
}

export function getRun(db: Db, id: string): Run | null {
  const row = db.prepare('SELECT * FROM runs WHERE id = ?').get(id) as RunRow | undefined;
  return row ? toRun(row) : null;
}

export function listRuns(db: Db): Run[] {
  return (db.prepare('SELECT * FROM runs ORDER BY number DESC').all() as RunRow[]).map(toRun);
}

/** The newest run that finished, whose results the app shows by default. */
export function latestFinishedRun(db: Db): Run | null {
  const row = db.prepare(`SELECT * FROM runs WHERE status = 'done' ORDER BY number DESC LIMIT 1`).get() as
    | RunRow
    | undefined;
  return row ? toRun(row) : null;
}

/** The finished run before `run`, for "what changed since the previous run". */
export function previousFinishedRun(db: Db, run: Run): Run | null {
  const row = db
    .prepare(`SELECT * FROM runs WHERE status = 'done' AND number < ? ORDER BY number DESC LIMIT 1`)
    .get(run.number) as RunRow | undefined;
  return row ? toRun(row) : null;
}

export function updateRun(
  db: Db,
  id: string,
  patch: { status?: RunStatus; stage?: RunStage; stats?: RunStats; error?: string | null; finished?: boolean },
): void {
  const run = getRun(db, id);
  if (!run) throw new Error(`no run ${id}`);
  db.prepare(`UPDATE runs SET status = ?, stage = ?, stats = ?, error = ?, finished_at = ? WHERE id = ?`).run(
    patch.status ?? run.status,
    patch.stage ?? run.stage,
    JSON.stringify(patch.stats ?? run.stats),
    patch.error === undefined ? run.error : patch.error,
    patch.finished ? new Date().toISOString() : patch.status === 'running' ? null : run.finishedAt,
    id,
  );
}

/** Runs left 'running' by a process that died are 'interrupted': they can be resumed. */
export function markStaleRunsInterrupted(db: Db): number {
  return db.prepare(`UPDATE runs SET status = 'interrupted' WHERE status = 'running'`).run().changes;
}
