/**
 * The preload, run against a stand-in for Electron's sandboxed `electron` module: it exposes
 * one object with exactly two functions, forwards calls on the one invoke channel, and never
 * hands the page an IPC event (whose `sender` is ipcRenderer itself).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const bridge = vi.hoisted(() => {
  const exposed: { key: string; api: unknown }[] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const invoked: unknown[][] = [];
  return { exposed, listeners, invoked };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => bridge.exposed.push({ key, api }) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      bridge.invoked.push(args);
      return { ok: true, result: 'pong' };
    },
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      if (!bridge.listeners.has(channel)) bridge.listeners.set(channel, new Set());
      bridge.listeners.get(channel)?.add(fn);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) => bridge.listeners.get(channel)?.delete(fn),
  },
}));

interface Exposed {
  invoke(method: unknown, params: unknown): Promise<unknown>;
  subscribe(listener: unknown): () => void;
}

let api: Exposed;
beforeAll(async () => {
  await import('../../electron/preload.js');
  api = bridge.exposed[0]?.api as Exposed;
});

describe('preload', () => {
  it('exposes exactly one frozen object with invoke and subscribe', () => {
    expect(bridge.exposed.map((e) => e.key)).toEqual(['promiseAuditor']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe']);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends calls on the invoke channel and returns the envelope', async () => {
    expect(await api.invoke('workspace.info', {})).toEqual({ ok: true, result: 'pong' });
    expect(bridge.invoked).toEqual([['promise-auditor:invoke', 'workspace.info', {}]]);
  });

  it('rejects a method that is not a short string', async () => {
    await expect(api.invoke({ toString: () => 'x' }, {})).rejects.toThrow(TypeError);
    await expect(api.invoke('x'.repeat(101), {})).rejects.toThrow(TypeError);
    expect(bridge.invoked).toHaveLength(1);
  });

  it('forwards event payloads only, and stops on unsubscribe', () => {
    const got: unknown[][] = [];
    const unsubscribe = api.subscribe((...args: unknown[]) => got.push(args));
    const fakeIpcEvent = { sender: 'ipcRenderer itself' };
    for (const fn of bridge.listeners.get('promise-auditor:event') ?? []) fn(fakeIpcEvent, { type: 'workspace-changed' });
    expect(got).toEqual([[{ type: 'workspace-changed' }]]);
    unsubscribe();
    expect(bridge.listeners.get('promise-auditor:event')?.size).toBe(0);
    expect(() => api.subscribe('not a function')).toThrow(TypeError);
  });
});

describe('preload bundle', () => {
  /** Every module the preload reaches: a sandboxed preload may require nothing but `electron`. */
  function importGraph(entry: string): { local: string[]; external: string[] } {
    const local = new Set<string>();
    const external = new Set<string>();
    const visit = (file: string) => {
      if (local.has(file)) return;
      local.add(file);
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      for (const stmt of source.statements) {
        if (!ts.isImportDeclaration(stmt) || !ts.isStringLiteral(stmt.moduleSpecifier)) continue;
        if (stmt.importClause?.isTypeOnly) continue;
        const spec = stmt.moduleSpecifier.text;
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
        else external.add(spec);
      }
    };
    visit(resolve(entry));
    return { local: [...local], external: [...external] };
  }

  it('needs only electron at run time', () => {
    const graph = importGraph(join('electron', 'preload.ts'));
    expect(graph.external).toEqual(['electron']);
    const shellDir = resolve('electron') + sep;
    expect(graph.local.filter((f) => !f.startsWith(shellDir))).toEqual([]);
  });
});
