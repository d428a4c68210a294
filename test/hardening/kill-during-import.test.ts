/**
 * SIGKILL at a random moment inside an import transaction, 50 times (1,000 with
 * HARDENING_NIGHTLY=1). Each time a fresh child process imports a log into a copy of a
 * workspace that already holds one import, and is killed at a random moment between its
 * transaction opening and a little past the time a whole import takes (measured first):
 * mid-rows, mid-index-rebuild, mid-commit or just after. Every fourth log is 100,000 rows, big
 * enough that the importer drops and rebuilds the table's indexes inside its transaction; the
 * others are 20,000 rows. Afterwards PRAGMA integrity_check is "ok" and the workspace holds
 * either exactly what it held before or the whole new import: never a partial row, a dataset
 * short of records or a lost index.
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
import { scaled } from './support/scale.js';
import { seededRandom } from './support/seeded-random.js';
import { partialRows, workspaceState, type WorkspaceState } from './support/workspace-state.js';

const KILLS = scaled('SIGKILLs during an import', 50, 1000);

/** A log to import, and how long a whole import of it takes from BEGIN to COMMIT. */
interface Log {
  readonly file: string;
  readonly rows: number;
  transactionMs: number;
}

let dir: string;
let child: string;
let base: string;
let before: WorkspaceState;
const logs: Log[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hardening-kill-'));
  child = bundleChild('./import-child.ts', dir);
  base = join(dir, 'base.paudit');
  const db = openDatabase(base);
  await importPractice(db, fixture('canonical-utf8.csv'));
  before = workspaceState(db);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  for (const rows of [100_000, 20_000]) {
    const file = join(dir, `calls-${rows}.csv`);
    await writeCanonicalLog(file, rows, 7);
    logs.push({ file, rows, transactionMs: await timeWholeImport(file, rows) });
  }
  figure('import transaction time (uninterrupted)', logs.map((l) => `${l.rows} rows ${Math.round(l.transactionMs)} ms`).join(', '));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface KillOutcome {
  /** Records the child had written inside its open transaction when it was last heard from. */
  readonly recordsWritten: number;
  readonly committedFirst: boolean;
  readonly killed: boolean;
}

/** Imports `file` whole in a child, into a scratch workspace; resolves with the transaction's duration. */
async function timeWholeImport(file: string, rows: number): Promise<number> {
  const workspace = join(dir, `whole-${rows}.paudit`);
  copyFileSync(base, workspace);
  let opened = 0;
  let committed = 0;
  const { ended } = startChild(child, [workspace, file], (line) => {
    if (line === 'IN-TRANSACTION') opened = performance.now();
    else if (line === `COMMITTED ${rows}`) committed = performance.now();
  });
  const end = await ended;
  if (!committed) throw new Error(`the uninterrupted import failed: ${end.lines.join(' | ')} ${end.stderr}`);
  return committed - opened;
}

/** A child started and waiting for its go, with the workspace copy and the log it will import. */
interface Waiting {
  readonly workspace: string;
  readonly log: Log;
  readonly started: ReturnType<typeof startChild>;
}

/**
 * Starts the child of kill `i` on a fresh copy of the workspace; it waits for its go, so it
 * starts up while the previous kill is judged.
 */
function prepareKill(i: number): Waiting {
  const workspace = join(dir, `kill-${i}.paudit`);
  copyFileSync(base, workspace);
  const log = logs[i % 4 === 0 ? 0 : 1]!;
  return { workspace, log, started: startChild(child, [workspace, log.file, '--wait']) };
}

/** Lets a waiting child import, and kills it `delayMs` after its transaction opened. */
async function importAndKill({ started }: Waiting, delayMs: number): Promise<KillOutcome> {
  let recordsWritten = 0;
  let committedFirst = false;
  started.listen((line, proc) => {
    if (line === 'IN-TRANSACTION') setTimeout(() => proc.kill('SIGKILL'), delayMs);
    else if (line.startsWith('PROGRESS ')) recordsWritten = Number(line.slice(9));
    else if (line.startsWith('COMMITTED ')) committedFirst = true;
  });
  started.child.stdin!.end('go\n');
  const end = await started.ended;
  if (end.signal !== 'SIGKILL' && !committedFirst) throw new Error(`the child ended without being killed: ${end.lines.join(' | ')} ${end.stderr}`);
  return { recordsWritten, committedFirst, killed: end.signal === 'SIGKILL' };
}

describe('SIGKILL inside an import transaction', () => {
  it('leaves an intact workspace holding the old state or the whole import, every time', { timeout: KILLS * 10_000 }, async () => {
    const kills = KILLS;
    const random = seededRandom(20240614);
    const tally = { rolledBack: 0, committed: 0, killedInside: 0, maxRecordsLost: 0 };
    let next = prepareKill(1);
    for (let i = 1; i <= kills; i++) {
      const current = next;
      const { workspace, log } = current;
      // Mostly inside the transaction; the last tenth lands around or after the commit.
      const delayMs = Math.floor(random() * log.transactionMs * 1.1);
      const outcome = await importAndKill(current, delayMs);
      if (i < kills) next = prepareKill(i + 1);

      const db = openDatabase(workspace);
      const after = workspaceState(db);
      db.close();
      const label = `kill ${i} (${log.rows}-row log, ${delayMs} ms after BEGIN, ${outcome.recordsWritten} records written)`;
      expect([label, after.integrity]).toEqual([label, 'ok']);
      expect([label, partialRows(after)]).toEqual([label, []]);
      expect([label, after.indexes]).toEqual([label, before.indexes]);
      const committed = after.datasets.length === before.datasets.length + 1;
      if (committed) {
        expect([label, after.records]).toEqual([label, before.records + log.rows]);
        tally.committed++;
      } else {
        expect([label, after]).toEqual([label, before]);
        tally.rolledBack++;
        tally.maxRecordsLost = Math.max(tally.maxRecordsLost, outcome.recordsWritten);
      }
      if (outcome.killed && !outcome.committedFirst) tally.killedInside++;
      rmSync(workspace, { force: true });
      rmSync(`${workspace}-wal`, { force: true });
      rmSync(`${workspace}-shm`, { force: true });
    }
    figure(
      'SIGKILL during import',
      `${kills} kills: integrity_check ok every time; ${tally.rolledBack} rolled back (up to ${tally.maxRecordsLost} uncommitted records discarded), ` +
        `${tally.committed} whole imports kept; ${tally.killedInside} killed before the import reported its commit`,
    );
    expect(tally.rolledBack).toBeGreaterThan(kills / 4);
  });
});
