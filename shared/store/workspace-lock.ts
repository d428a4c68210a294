/**
 * One writer per workspace across processes. SQLite keeps the file consistent under concurrent
 * writers, but the product does not: opening a workspace marks runs left 'running' as
 * interrupted (their process is gone), which is only true when no other process has it open,
 * and two audits running into one workspace would interleave their stages. So a writer holds a
 * lock file beside the workspace (`audit.paudit.lock`, as office suites do), naming its process
 * and host. A lock whose process is gone (a crash, a kill) is taken over; one held by a live
 * process is refused with a sentence saying who holds it.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { WorkspaceError } from './database.js';

/** Thrown when another live process has the workspace open for writing. */
export class WorkspaceLockedError extends WorkspaceError {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceLockedError';
  }
}

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** Locks this process holds, counted, so one process may open a workspace more than once. */
const held = new Map<string, number>();

/** The lock file's path for a workspace. */
export function lockPathFor(workspacePath: string): string {
  return `${workspacePath}.lock`;
}

/** Take the workspace's lock or throw WorkspaceLockedError. In-memory databases need none. */
export function acquireWorkspaceLock(workspacePath: string): void {
  if (workspacePath === ':memory:') return;
  const path = lockPathFor(workspacePath);
  const count = held.get(path);
  if (count !== undefined) {
    held.set(path, count + 1);
    return;
  }
  // Two attempts: the second after removing a stale lock left by a process that is gone.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path)) {
      held.set(path, 1);
      return;
    }
    const owner = readOwner(path);
    if (owner && owner.pid === process.pid && owner.host === hostname()) {
      // Ours from an earlier open that was never closed in this process (a test, a reload).
      held.set(path, 1);
      return;
    }
    if (!owner && isFresh(path)) break; // being written by a process opening it right now
    if (owner && isLive(owner)) {
      const where = owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
      const remote = owner.host === hostname() ? '' : ` If that computer is not using it, delete ${path} and try again.`;
      throw new WorkspaceLockedError(
        `The workspace ${workspacePath} is open in another Promise Auditor (${where}, since ${owner.since}). Close it there first, or open a copy.${remote}`,
      );
    }
    try {
      unlinkSync(path);
    } catch {
      // Removed by someone else meanwhile: try again.
    }
  }
  throw new WorkspaceLockedError(`The workspace ${workspacePath} is being opened by another Promise Auditor at the same moment. Try again.`);
}

/** Give the lock back once the last handle of this process is closed. */
export function releaseWorkspaceLock(workspacePath: string): void {
  if (workspacePath === ':memory:') return;
  const path = lockPathFor(workspacePath);
  const count = held.get(path);
  if (count === undefined) return;
  if (count > 1) {
    held.set(path, count - 1);
    return;
  }
  held.delete(path);
  const owner = readOwner(path);
  if (owner && owner.pid === process.pid && owner.host === hostname()) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to give back.
    }
  }
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // A folder we may not write to: SQLite will say so in its own words when it opens the file.
    if ((err as NodeJS.ErrnoException).code === 'EACCES' || (err as NodeJS.ErrnoException).code === 'EROFS') return true;
    throw err;
  }
  try {
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readOwner(path: string): LockOwner | null {
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8').slice(0, 1000)) as Partial<LockOwner>;
    if (typeof raw.pid !== 'number' || !Number.isInteger(raw.pid) || raw.pid <= 0 || typeof raw.host !== 'string') return null;
    return { pid: raw.pid, host: raw.host.slice(0, 200), since: typeof raw.since === 'string' ? raw.since.slice(0, 40) : 'an unknown time' };
  } catch {
    // Unreadable or half-written: treated as stale.
    return null;
  }
}

/** A lock file younger than two seconds: its writer may not have written its name yet. */
function isFresh(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < 2_000;
  } catch {
    return false;
  }
}

/** Whether the lock's process is alive. Another host's process cannot be checked, so it counts as live. */
function isLive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
