/**
 * Backups (better-sqlite3's db.backup(), SQLite's online backup API) of a workspace that
 * another process is writing to: each backup passes integrity_check and holds whole imports
 * only, and one taken while a large import's transaction is open holds exactly the state
 * before it.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCanonicalLog } from '../../shared/practice/generate-practice-log.js';
import { importPractice } from '../../shared/practice/import-practice.js';
import { openDatabase } from '../../shared/store/database.js';
import { fixture } from '../practice/workspace.js';
import { bundleChild, startChild } from './support/child-process.js';
import { figure } from './support/figures.js';
import { partialRows, workspaceState, type WorkspaceState } from './support/workspace-state.js';

const IMPORTS = 30;
const BACKUPS = 5;

let dir: string;
let base: string;
let before: WorkspaceState;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hardening-backup-'));
  base = join(dir, 'base.paudit');
  const db = openDatabase(base);
  await importPractice(db, fixture('canonical-utf8.csv'));
  before = workspaceState(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A backup's copy, and how often SQLite restarted it because the source changed under it. */
interface Backup {
  readonly state: WorkspaceState;
  readonly restarts: number;
}

/**
 * Backs up `workspace` to `dest` from a connection of this process, in better-sqlite3's
 * default steps (100 pages, yielding in between, so the writer commits while it runs);
 * returns the copy's state.
 */
async function backupAndCheck(workspace: string, dest: string): Promise<Backup> {
  const source = openDatabase(workspace);
  let remaining = Infinity;
  let restarts = 0;
  try {
    await source.backup(dest, {
      progress: (p) => {
        if (p.remainingPages > remaining) restarts++;
        remaining = p.remainingPages;
        return 100;
      },
    });
  } finally {
    source.close();
  }
  const copy = openDatabase(dest, { create: false });
  try {
    return { state: workspaceState(copy), restarts };
  } finally {
    copy.close();
  }
}

describe('a backup of a workspace taken while another process writes to it', () => {
  it(`passes integrity_check and holds whole imports only (${BACKUPS} backups during ${IMPORTS} imports)`, async () => {
    const workspace = join(dir, 'busy.paudit');
    copyFileSync(base, workspace);
    const log = join(dir, 'small.csv');
    await writeCanonicalLog(log, 5_000, 11);
    const bundle = bundleChild('./writer-child.ts', dir);
    let committed = 0;
    let finished = false;
    const waiters: { count: number; resolve: () => void }[] = [];
    const wake = (): void => {
      for (const w of waiters.splice(0)) {
        if (finished || committed >= w.count) w.resolve();
        else waiters.push(w);
      }
    };
    const writer = startChild(bundle, [workspace, log, String(IMPORTS)], (line) => {
      if (line.startsWith('COMMITTED ')) committed = Number(line.slice(10));
      wake();
    });
    void writer.ended.then(() => {
      finished = true;
      wake();
    });
    /** Resolves once `count` imports have committed, or the writer has ended. */
    const committedAtLeast = (count: number): Promise<void> =>
      new Promise<void>((resolve) => {
        waiters.push({ count, resolve });
        wake();
      });

    const seen: string[] = [];
    let duringWrites = 0;
    let restarts = 0;
    for (let i = 1; i <= BACKUPS; i++) {
      // Spread the backups over the writer's run: each starts after a few more imports.
      await committedAtLeast(committed + 1 + (i % 3));
      const from = committed;
      const { state, restarts: r } = await backupAndCheck(workspace, join(dir, `backup-${i}.paudit`));
      restarts += r;
      const to = committed;
      if (to < IMPORTS) duringWrites++;
      const label = `backup ${i} (taken while imports ${from}-${to} of ${IMPORTS} committed)`;
      expect([label, state.integrity]).toEqual([label, 'ok']);
      expect([label, partialRows(state)]).toEqual([label, []]);
      expect([label, state.indexes]).toEqual([label, before.indexes]);
      const imports = state.datasets.length - before.datasets.length;
      expect(imports).toBeGreaterThanOrEqual(from);
      expect(imports).toBeLessThanOrEqual(to);
      seen.push(`${imports}`);
    }
    const end = await writer.ended;
    expect(end.lines.at(-1), end.stderr).toBe('DONE');
    figure(
      'backups during writes',
      `${BACKUPS} backups (${duringWrites} finished while the writer was still importing, ${restarts} restarted by SQLite when a commit landed mid-copy) ` +
        `held ${seen.join(', ')} of ${IMPORTS} imports; integrity_check ok, no partial rows`,
    );
    expect(duringWrites).toBeGreaterThan(0);
  });

  it('taken while a large import transaction is open, holds exactly the state before it', async () => {
    const workspace = join(dir, 'mid-import.paudit');
    copyFileSync(base, workspace);
    const log = join(dir, 'large.csv');
    await writeCanonicalLog(log, 120_000, 5);
    const bundle = bundleChild('./import-child.ts', dir);
    let backup: Promise<Backup> | null = null;
    let progressAtBackup = 0;
    const importer = startChild(bundle, [workspace, log], (line, child) => {
      const m = /^PROGRESS (\d+)$/.exec(line);
      // Once the transaction holds records, back up, then stop the importer.
      if (m && Number(m[1]) > 0 && !backup) {
        progressAtBackup = Number(m[1]);
        backup = backupAndCheck(workspace, join(dir, 'backup-mid-import.paudit')).finally(() => child.kill('SIGKILL'));
      }
    });
    const end = await importer.ended;
    expect(backup, `the importer never wrote a record: ${end.lines.join(' | ')}`).not.toBeNull();
    const { state } = await backup!;
    figure('backup during an open import transaction', `taken with ${progressAtBackup} uncommitted records written: integrity ${state.integrity}, ${state.records} records (the ${before.records} committed before)`);
    expect(state).toEqual(before);
  });
});
