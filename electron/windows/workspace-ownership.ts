/**
 * One window per workspace. Each window holds at most one workspace; opening a workspace that
 * another window holds focuses that window instead, so two cores never write the same file.
 */
import type { Dispatch } from '../../shared/contract/dispatch.js';
import { ApiError } from '../../shared/contract/errors.js';

/** Which window holds which workspace (by workspace key). */
export class WorkspaceOwnership {
  private readonly byWindow = new Map<number, string>();

  /** The window holding `key`, or null. */
  holder(key: string): number | null {
    for (const [windowId, held] of this.byWindow) if (held === key) return windowId;
    return null;
  }

  /** The key a window holds, or null. */
  keyOf(windowId: number): string | null {
    return this.byWindow.get(windowId) ?? null;
  }

  set(windowId: number, key: string | null): void {
    if (key === null) this.byWindow.delete(windowId);
    else this.byWindow.set(windowId, key);
  }

  /** Forget a closed window. */
  release(windowId: number): void {
    this.byWindow.delete(windowId);
  }
}

const OPENING_METHODS = new Set(['workspace.open', 'workspace.create']);
const OPENED_METHODS = new Set(['workspace.open', 'workspace.create', 'workspace.openSample']);

export interface OwnedDispatchDeps {
  readonly windowId: number;
  readonly ownership: WorkspaceOwnership;
  /** The workspace key of a path (resolves symlinks where the file exists). */
  readonly keyOf: (path: string) => string;
  /** Brings another window to the front. */
  readonly focus: (windowId: number) => void;
  /** Told of every workspace the window opened (recent documents, window title). */
  readonly onOpened?: (workspace: { readonly path: string; readonly name: string | null }) => void;
}

function stringField(value: unknown, field: 'path' | 'name'): string | null {
  const v = (value as Record<string, unknown> | null | undefined)?.[field];
  return typeof v === 'string' ? v : null;
}

/**
 * Wraps a window's dispatch: a workspace held by another window is refused (and that window
 * focused); the key is claimed before the core opens the file, so two windows racing for the
 * same workspace cannot both get it.
 */
export function ownedDispatch(dispatch: Dispatch, deps: OwnedDispatchDeps): Dispatch {
  return async (method, params) => {
    if (typeof method !== 'string' || !OPENED_METHODS.has(method)) return dispatch(method, params);
    const previous = deps.ownership.keyOf(deps.windowId);
    const path = OPENING_METHODS.has(method) ? stringField(params, 'path') : null;
    if (path !== null) {
      const key = deps.keyOf(path);
      const holder = deps.ownership.holder(key);
      if (holder !== null && holder !== deps.windowId) {
        deps.focus(holder);
        throw new ApiError('conflict', 'This audit is already open in another Promise Auditor window; that window is now in front.');
      }
      deps.ownership.set(deps.windowId, key);
    }
    let result: unknown;
    try {
      result = await dispatch(method, params);
    } catch (err) {
      deps.ownership.set(deps.windowId, previous);
      throw err;
    }
    const openedPath = stringField(result, 'path');
    if (openedPath !== null) {
      deps.ownership.set(deps.windowId, deps.keyOf(openedPath));
      deps.onOpened?.({ path: openedPath, name: stringField(result, 'name') });
    }
    return result;
  };
}
