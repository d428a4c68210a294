/**
 * The application menu as a template: File (new, open, recent, export, quit), Edit, View, Window.
 * Built as plain data so its shortcuts are tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentWorkspace } from '../../shared/contract/types.js';

/** What the menu's own items do (the rest are Electron roles). */
export interface MenuActions {
  newAudit(): void;
  open(): void;
  openRecent(path: string): void;
  exportPdf(): void;
  reload(): void;
  toggleDevTools(): void;
  quit(): void;
}

export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** DevTools are offered only in development. */
  readonly isDev: boolean;
  readonly appName: string;
  readonly recent: readonly RecentWorkspace[];
  readonly actions: MenuActions;
}

const MAX_RECENT_ITEMS = 10;

function recentMenu(recent: readonly RecentWorkspace[], actions: MenuActions): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = recent.slice(0, MAX_RECENT_ITEMS).map((r) => ({
    // '&' would be read as a mnemonic marker on Windows and Linux.
    label: r.name.replace(/&/g, '&&') || r.path,
    toolTip: r.path,
    click: () => actions.openRecent(r.path),
  }));
  return {
    label: 'Open Recent',
    submenu: items.length > 0 ? items : [{ label: 'No recent audits', enabled: false }],
  };
}

export function buildMenuTemplate(opts: MenuOptions): MenuItemConstructorOptions[] {
  const { actions } = opts;
  const mac = opts.platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New Audit…', accelerator: 'CmdOrCtrl+N', click: () => actions.newAudit() },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      recentMenu(opts.recent, actions),
      { type: 'separator' },
      { label: 'Export PDF Report…', accelerator: 'CmdOrCtrl+P', click: () => actions.exportPdf() },
      ...(mac ? [] : ([{ type: 'separator' }, { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() }] as const)),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      { label: 'Reload', accelerator: 'CmdOrCtrl+R', click: () => actions.reload() },
      ...(opts.isDev
        ? ([{ label: 'Toggle Developer Tools', accelerator: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I', click: () => actions.toggleDevTools() }] as const)
        : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const appMenu: MenuItemConstructorOptions = {
    label: opts.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { label: `Quit ${opts.appName}`, accelerator: 'Cmd+Q', click: () => actions.quit() },
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    file,
    { role: 'editMenu' },
    view,
    { role: 'windowMenu' },
  ];
}
