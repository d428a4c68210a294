/** Installs the application menu and rebuilds it when the recent audits change. */
import { app, dialog, Menu } from 'electron';
import type { RecentWorkspace } from '../../shared/contract/types.js';
import type { AppWindows, AppWindow } from '../windows/app-windows.js';
import { buildMenuTemplate } from './app-menu.js';

export interface MenuController {
  /** Rebuilds the menu (call after a workspace opened). */
  refresh(): Promise<void>;
}

export function installAppMenu(windows: AppWindows, isDev: boolean): MenuController {
  /** Runs a menu command in the current window (a new one if there is none); errors are shown, not thrown. */
  const inWindow = (command: (w: AppWindow) => Promise<unknown>) => {
    void (async () => {
      await windows.launch(null);
      const w = windows.current();
      if (!w) return;
      try {
        await command(w);
      } catch (err) {
        await dialog.showMessageBox(w.win, { type: 'error', message: 'That did not work', detail: (err as Error).message });
      }
    })();
  };

  const refresh = async (): Promise<void> => {
    let recent: RecentWorkspace[] = [];
    const w = windows.current();
    if (w) recent = ((await w.dispatch('workspace.recent', {}).catch(() => [])) as RecentWorkspace[]) ?? [];
    const template = buildMenuTemplate({
      platform: process.platform,
      isDev,
      appName: app.getName(),
      recent,
      actions: {
        newAudit: () => inWindow((w) => w.route.desktop('desktop.newWorkspace', {})),
        open: () => inWindow((w) => w.route.desktop('desktop.openWorkspace', {})),
        openRecent: (path) => void windows.launch(path),
        exportPdf: () => inWindow((w) => w.route.desktop('desktop.saveExport', { format: 'pdf' })),
        reload: () => windows.current()?.win.webContents.reload(),
        toggleDevTools: () => {
          if (isDev) windows.current()?.win.webContents.toggleDevTools();
        },
        quit: () => app.quit(),
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };
  return { refresh };
}
