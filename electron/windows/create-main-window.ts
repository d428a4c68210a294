/** The app window, with every web preference the Electron security guide asks for. */
import { BrowserWindow, nativeTheme } from 'electron';

export const APP_TITLE = 'Promise Auditor';

/** Creates a hidden window; it shows itself once its page has painted. */
export function createMainWindow(preload: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: APP_TITLE,
    // Matches the renderer's background so the window does not flash white in dark mode.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181d' : '#ffffff',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      preload,
    },
  });
  win.once('ready-to-show', () => win.show());
  // The title names the open audit (set by the main process), not whatever the page says.
  win.on('page-title-updated', (event) => event.preventDefault());
  return win;
}
