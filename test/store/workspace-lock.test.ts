import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Workspace } from '../../shared/store/workspace.js';
import { getRun } from '../../shared/store/runs-repo.js';
import { lockPathFor, WorkspaceLockedError } from '../../shared/store/workspace-lock.js';

const HOLDER = fileURLToPath(new URL('./support/hold-workspace.ts', import.meta.url));
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function workspacePath(): string {
  const d = mkdtempSync(join(tmpdir(), 'pa-lock-'));
  dirs.push(d);
  return join(d, 'audit.paudit');
}

/** Start another process holding the workspace with a run under way; resolves with its run id. */
function holdInAnotherProcess(path: string): Promise<{ child: ChildProcess; runId: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    let err = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /READY (\S+)/.exec(out);
      if (m) resolve({ child, runId: m[1]! });
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

describe('one writer per workspace across processes', () => {
  it('refuses a workspace another live process has open, saying which, and leaves its running run alone', async () => {
    const path = workspacePath();
    Workspace.open(path).close();
    const { child, runId } = await holdInAnotherProcess(path);

    let refused: unknown = null;
    try {
      Workspace.open(path).close();
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(WorkspaceLockedError);
    expect((refused as Error).message).toContain(`open in another Promise Auditor (process ${child.pid}`);
    expect((refused as Error).message).toContain('Close it there first');

    // Reading is allowed, and sees the other process's run still under way.
    const reader = Workspace.open(path, { readonly: true });
    expect(getRun(reader.db, runId)?.status).toBe('running');
    reader.close();
  });

  it('takes over the lock of a process that was killed, and marks its run interrupted', async () => {
    const path = workspacePath();
    const { child, runId } = await holdInAnotherProcess(path);
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(lockPathFor(path))).toBe(true); // a crash leaves it behind

    const ws = Workspace.open(path);
    expect(getRun(ws.db, runId)?.status).toBe('interrupted');
    expect(JSON.parse(readFileSync(lockPathFor(path), 'utf8')).pid).toBe(process.pid);
    ws.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it.each([
    ['a dead process on this host', () => JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), since: '2026-01-01T00:00:00Z' })],
    ['garbage', () => '\u0000not json'],
    ['a negative pid', () => JSON.stringify({ pid: -1, host: hostname() })],
  ])('takes over a stale lock left by %s', (_name, content) => {
    const path = workspacePath();
    Workspace.open(path).close();
    writeFileSync(lockPathFor(path), content());
    // Old enough not to be a lock being written right now.
    const past = new Date(Date.now() - 60_000);
    utimesSync(lockPathFor(path), past, past);
    const ws = Workspace.open(path);
    ws.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });

  it('refuses a lock held on another computer and says how to clear it', () => {
    const path = workspacePath();
    Workspace.open(path).close();
    writeFileSync(lockPathFor(path), JSON.stringify({ pid: 4321, host: 'laptop-of-someone-else', since: '2026-11-20T09:00:00Z' }));
    expect(() => Workspace.open(path)).toThrow(/process 4321 on laptop-of-someone-else.*delete .*audit\.paudit\.lock/);
  });

  it('lets one process open a workspace twice and removes the lock after the last close', () => {
    const path = workspacePath();
    const a = Workspace.open(path);
    const b = Workspace.open(path);
    a.close();
    expect(existsSync(lockPathFor(path))).toBe(true);
    b.close();
    expect(existsSync(lockPathFor(path))).toBe(false);
  });
});
