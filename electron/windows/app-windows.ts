/**
 * The app's windows, each with its own audit core and at most one workspace. Routes IPC calls
 * to the calling window's core, forwards the core's events to that window only, and keeps
 * "one window per workspace".
 */
import { realpathSync } from 'node:fs';
import { BrowserWindow, dialog } from 'electron';
import type { ApiEvent } from '../../shared/contract/api.js';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import type { AuditCore } from '../../shared/service/core.js';
import type { AppLocation } from '../app/app-location.js';
import { workspaceKey } from '../app/workspace-key.js';
import { validatedDispatch } from '../ipc/contract-dispatch.js';
import { EVENT_CHANNEL } from '../ipc/channels.js';
import type { InvokeRoute } from '../ipc/invoke-router.js';
import { openExternalLink } from '../security/open-external.js';
import { createDesktopDispatcher } from '../shell-api/desktop-dispatch.js';
import { createDesktopHandlers } from '../shell-api/desktop-handlers.js';
import { electronDialogs } from '../shell-api/electron-dialogs.js';
import { APP_TITLE, createMainWindow } from './create-main-window.js';
import { ownedDispatch, WorkspaceOwnership } from './workspace-ownership.js';

/** One window and what belongs to it. */
export interface AppWindow {
  readonly win: BrowserWindow;
  readonly route: InvokeRoute;
  /** The window's core, validated and under the one-window-per-workspace rule. */
  readonly dispatch: Dispatch;
}

export interface AppWindowsDeps {
  readonly location: AppLocation;
  readonly preload: string;
  readonly createCore: () => AuditCore;
  /** Told after any window opened a workspace (recent documents, the menu). */
  readonly onWorkspaceOpened: (path: string) => void;
  readonly log: (message: string) => void;
}

/** A workspace key that sees through symlinks where the file exists. */
export function resolvedWorkspaceKey(path: string): string {
  let real = path;
  try {
    real = realpathSync.native(path);
  } catch {
    // A file about to be created has no real path yet.
  }
  return workspaceKey(real, process.cwd());
}

export class AppWindows {
  private readonly byContents = new Map<number, AppWindow>();
  private readonly ownership = new WorkspaceOwnership();
  /** Per window: releases its workspace and closes its core; safe to call twice. */
  private readonly disposers = new Map<number, () => Promise<void>>();

  constructor(private readonly deps: AppWindowsDeps) {}

  /** The window whose page sent an IPC message, or null. */
  byWebContentsId(id: number): AppWindow | null {
    return this.byContents.get(id) ?? null;
  }

  /** The focused window, else the most recently created one, or null. */
  current(): AppWindow | null {
    const focused = BrowserWindow.getFocusedWindow();
    const all = [...this.byContents.values()];
    return all.find((w) => w.win === focused) ?? all[all.length - 1] ?? null;
  }

  /** Whether the window holds a workspace. */
  hasWorkspace(w: AppWindow): boolean {
    return this.ownership.keyOf(w.win.id) !== null;
  }

  /**
   * Shows `workspace` (focusing the window that has it open, or opening it in a new window),
   * or with no workspace brings a window to the front, creating one if there is none.
   */
  async launch(workspace: string | null): Promise<void> {
    if (workspace) {
      const holder = this.ownership.holder(resolvedWorkspaceKey(workspace));
      const existing = [...this.byContents.values()].find((w) => w.win.id === holder);
      if (existing) return this.focus(existing.win.id);
      const blank = [...this.byContents.values()].find((w) => !this.hasWorkspace(w));
      await this.open(blank ?? this.create(), workspace);
      return;
    }
    const any = this.current();
    if (any) this.focus(any.win.id);
    else await this.show(this.create());
  }

  /** Opens a workspace in a window, telling the user (not throwing) when it cannot be opened. */
  async open(w: AppWindow, workspace: string): Promise<void> {
    try {
      await w.dispatch('workspace.open', { path: workspace });
    } catch (err) {
      await this.show(w);
      await dialog.showMessageBox(w.win, { type: 'error', message: 'The audit could not be opened', detail: (err as Error).message });
      return;
    }
    await this.show(w);
  }

  focus(windowId: number): void {
    const win = BrowserWindow.fromId(windowId);
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  }

  /** Closes every core (runs are cancelled, databases closed); for quitting. */
  async closeAll(): Promise<void> {
    await Promise.allSettled([...this.disposers.values()].map((dispose) => dispose()));
    for (const w of this.byContents.values()) if (!w.win.isDestroyed()) w.win.destroy();
  }

  private async show(w: AppWindow): Promise<void> {
    const contents = w.win.webContents;
    if (contents.getURL() === '') await contents.loadURL(this.deps.location.entryUrl).catch((err: Error) => this.deps.log(`the window did not load: ${err.message}`));
    this.focus(w.win.id);
  }

  private create(): AppWindow {
    const win = createMainWindow(this.deps.preload);
    const core = this.deps.createCore();
    const windowId = win.id;
    const contentsId = win.webContents.id;
    const dispatch = ownedDispatch(validatedDispatch(core), {
      windowId,
      ownership: this.ownership,
      keyOf: resolvedWorkspaceKey,
      focus: (id) => this.focus(id),
      onOpened: ({ path, name }) => {
        if (!win.isDestroyed()) win.setTitle(name ? `${name} — ${APP_TITLE}` : APP_TITLE);
        this.deps.onWorkspaceOpened(path);
      },
    });
    const desktop = createDesktopDispatcher(
      createDesktopHandlers({ dialogs: electronDialogs(win), dispatch, openExternal: openExternalLink }),
    );
    const entry: AppWindow = { win, dispatch, route: { core: dispatch, desktop } };
    const unsubscribe = core.onEvent((event: ApiEvent) => {
      if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
    });
    this.byContents.set(contentsId, entry);
    let disposed: Promise<void> | null = null;
    const dispose = (): Promise<void> => {
      disposed ??= (async () => {
        this.byContents.delete(contentsId);
        this.ownership.release(windowId);
        unsubscribe();
        await core.close().catch((err: Error) => this.deps.log(`closing a workspace failed: ${err.message}`));
        this.disposers.delete(contentsId);
      })();
      return disposed;
    };
    this.disposers.set(contentsId, dispose);
    win.on('closed', () => void dispose());
    return entry;
  }
}
