/**
 * A full disk: a workspace on a 2 MB tmpfs that already holds one import, then a practice log
 * far bigger than the disk. The import must fail with a clear error, roll back, and leave the
 * workspace passing integrity_check with its earlier data, still usable. Mounting needs root
 * and a kernel that allows it (not every container does); otherwise the test is skipped and
 * says why.
 */
import { toApiError } from '../../shared/contract/dispatch.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCanonicalLog } from '../../shared/practice/generate-practice-log.js';
import { importPractice } from '../../shared/practice/import-practice.js';
import { openDatabase } from '../../shared/store/database.js';
import { fixture } from '../practice/workspace.js';
import { figure } from './support/figures.js';
import { partialRows, workspaceState } from './support/workspace-state.js';

const DISK = '2m';
const DISK_LABEL = '2 MB';

let dir: string;
let disk: string;
let mounted = false;
let whyNot = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hardening-disk-'));
  disk = join(dir, 'disk');
  execFileSync('mkdir', [disk]);
  if (process.getuid?.() !== 0) {
    whyNot = 'not running as root, so no tmpfs can be mounted';
    return;
  }
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK}`, 'tmpfs', disk], { stdio: 'pipe' });
    mounted = true;
  } catch (error) {
    whyNot = `mount -t tmpfs failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', [disk]);
  rmSync(dir, { recursive: true, force: true });
});

describe('an import onto a full disk', () => {
  it('fails with a clear error, rolls back and keeps the earlier data intact', async (ctx) => {
    if (!mounted) {
      figure('full disk', `skipped: ${whyNot}`);
      ctx.skip(whyNot);
    }
    const workspace = join(disk, 'audit.paudit');
    const db = openDatabase(workspace);
    try {
      await importPractice(db, fixture('canonical-utf8.csv'));
      const before = workspaceState(db);
      const log = join(dir, 'too-big.csv');
      const logBytes = await writeCanonicalLog(log, 80_000, 3);

      const error = await importPractice(db, log).then(
        () => null,
        (e: unknown) => e as Error,
      );
      figure('full disk', `a ${(logBytes / 1e6).toFixed(1)} MB log onto a ${DISK_LABEL} tmpfs: ${error ? `refused: "${error.message}"` : 'IMPORTED'}`);
      expect(error).toBeInstanceOf(Error);
      expect(error!.message).toMatch(/disk is full|SQLITE_FULL|no space/i);
      // What the app and the CLI show for it: what happened, that nothing changed, what to do.
      const shown = toApiError(error).message;
      figure('full disk', `shown to the user: "${shown}"`);
      expect(shown).toMatch(/disk holding the workspace is full.*rolled back.*Free some space/);
      expect(db.inTransaction).toBe(false);

      const after = workspaceState(db);
      expect(after.integrity).toBe('ok');
      expect(partialRows(after)).toEqual([]);
      expect(after).toEqual(before);
      // Still usable: it can be read and written once space is found.
      expect(statSync(workspace).size).toBeGreaterThan(0);
      db.prepare("INSERT INTO settings (key, value) VALUES ('hardening-probe', '1')").run();
    } finally {
      db.close();
    }
    const reopened = openDatabase(workspace);
    const state = workspaceState(reopened);
    reopened.close();
    expect(state.integrity).toBe('ok');
    expect(state.datasets.length).toBe(1);
  });
});
