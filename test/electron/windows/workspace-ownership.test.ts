import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/contract/dispatch.js';
import { envelope } from '../../../electron/ipc/envelope.js';
import { ownedDispatch, WorkspaceOwnership } from '../../../electron/windows/workspace-ownership.js';

/** A core that opens whatever path it is given, after a tick (so calls can race). */
function fakeCore(fail: Set<string> = new Set()): Dispatch {
  return async (method, params) => {
    await new Promise((r) => setTimeout(r, 1));
    const path = (params as { path?: string }).path ?? '/samples/sample.paudit';
    if (fail.has(path)) throw new Error(`cannot open ${path}`);
    if (method === 'workspace.info') return null;
    return { path, name: path.split('/').pop()?.replace('.paudit', '') ?? '' };
  };
}

function windowFor(ownership: WorkspaceOwnership, windowId: number, focused: number[], opened: string[], fail?: Set<string>) {
  return ownedDispatch(fakeCore(fail), {
    windowId,
    ownership,
    keyOf: (p) => p.toLowerCase(),
    focus: (id) => focused.push(id),
    onOpened: ({ path }) => opened.push(`${windowId}:${path}`),
  });
}

describe('one window per workspace', () => {
  it('records which window holds which workspace', async () => {
    const ownership = new WorkspaceOwnership();
    const focused: number[] = [];
    const opened: string[] = [];
    const w1 = windowFor(ownership, 1, focused, opened);
    await w1('workspace.open', { path: '/a/Q3.paudit' });
    expect(ownership.holder('/a/q3.paudit')).toBe(1);
    await w1('workspace.create', { path: '/a/q4.paudit' });
    expect(ownership.holder('/a/q3.paudit')).toBeNull();
    expect(ownership.keyOf(1)).toBe('/a/q4.paudit');
    await w1('workspace.openSample', {});
    expect(ownership.keyOf(1)).toBe('/samples/sample.paudit');
    expect(opened).toEqual(['1:/a/Q3.paudit', '1:/a/q4.paudit', '1:/samples/sample.paudit']);
  });

  it('refuses a workspace another window holds and brings that window forward', async () => {
    const ownership = new WorkspaceOwnership();
    const focused: number[] = [];
    const opened: string[] = [];
    await windowFor(ownership, 1, focused, opened)('workspace.open', { path: '/a/q3.paudit' });
    const answer = await envelope(() => windowFor(ownership, 2, focused, opened)('workspace.open', { path: '/A/Q3.paudit' }));
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('conflict');
    expect(focused).toEqual([1]);
    expect(ownership.keyOf(2)).toBeNull();
  });

  it('lets only one of two racing windows open the same workspace', async () => {
    const ownership = new WorkspaceOwnership();
    const results = await Promise.all(
      [1, 2, 3].map((id) => envelope(() => windowFor(ownership, id, [], [])('workspace.open', { path: '/a/race.paudit' }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(ownership.holder('/a/race.paudit')).not.toBeNull();
  });

  it('gives the window back its workspace when opening another fails', async () => {
    const ownership = new WorkspaceOwnership();
    const w1 = windowFor(ownership, 1, [], [], new Set(['/a/broken.paudit']));
    await w1('workspace.open', { path: '/a/q3.paudit' });
    await expect(w1('workspace.open', { path: '/a/broken.paudit' })).rejects.toThrow('cannot open');
    expect(ownership.keyOf(1)).toBe('/a/q3.paudit');
    expect(ownership.holder('/a/broken.paudit')).toBeNull();
  });

  it('passes other methods through untouched and frees a closed window', async () => {
    const ownership = new WorkspaceOwnership();
    const w1 = windowFor(ownership, 1, [], []);
    await w1('workspace.open', { path: '/a/q3.paudit' });
    expect(await w1('workspace.info', {})).toBeNull();
    ownership.release(1);
    expect(ownership.holder('/a/q3.paudit')).toBeNull();
  });
});
