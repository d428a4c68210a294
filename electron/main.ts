/**
 * The Electron main process: a thin shell around the audit core. It serves the built renderer
 * on app://, locks every window and session down, routes IPC to each window's core, and adds
 * what only a desktop app has: menus, native dialogs, recent documents, PDF printing.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session } from 'electron';
import { z } from 'zod';
import { createAuditCore } from '../shared/service/core.js';
import { resolveAppLocation } from './app/app-location.js';
import { chooseNativeBinding } from './app/native-binding.js';
import { workspaceFromArgv } from './app/workspace-key.js';
import { registerIpc } from './ipc/register-ipc.js';
import { installAppMenu } from './menu/menu-controller.js';
import { createElectronPdfPrinter } from './pdf/electron-pdf-printer.js';
import { registerAppScheme, serveRenderer } from './protocol/app-protocol.js';
import { hardenAppSession } from './security/session-hardening.js';
import { installWebContentsGuards } from './security/web-contents-guards.js';
import { AppWindows } from './windows/app-windows.js';
import { SampleHost } from '../sample/src/sample-workspace.js';

const here = dirname(fileURLToPath(import.meta.url));
const PRELOAD = join(here, '../preload/index.cjs');
const RENDERER_DIR = join(here, '../renderer');

/** What a second launch passes to the running instance. */
const SecondLaunchSchema = z.object({ workspace: z.string().min(1).max(4096).nullable() }).strict();

const log = (message: string): void => console.warn(`[promise-auditor] ${message}`);

// Tests run the app against a throw-away profile.
const testUserData = process.env['PROMISE_AUDITOR_USER_DATA_DIR'];
if (testUserData && !app.isPackaged) app.setPath('userData', resolve(testUserData));

registerAppScheme();
app.enableSandbox();

const launchArg = workspaceFromArgv(process.argv);
const launchWorkspace = launchArg ? resolve(launchArg) : null;

// One app instance; a second launch hands its workspace to this one, which shows it in the
// window that already has it open, or in a new window.
if (!app.requestSingleInstanceLock({ workspace: launchWorkspace })) {
  app.quit();
} else {
  start();
}

function start(): void {
  const location = resolveAppLocation(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
  const isDev = !app.isPackaged;
  installWebContentsGuards(location, log);
  let windows: AppWindows | null = null;
  const pendingFiles: string[] = [];

  // macOS delivers double-clicked files this way, possibly before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (windows) void windows.launch(path);
    else pendingFiles.push(path);
  });

  app.whenReady().then(async () => {
    if (process.platform === 'win32') app.setAppUserModelId('com.promiseauditor.app');
    const native = chooseNativeBinding({ isPackaged: app.isPackaged, appPath: app.getAppPath(), exists: existsSync });
    if (!native.ok) {
      dialog.showErrorBox('Promise Auditor cannot start', native.message);
      app.exit(1);
      return;
    }
    hardenAppSession(session.defaultSession, location, log);
    serveRenderer(session.defaultSession, RENDERER_DIR, location);
    const pdfPrinter = createElectronPdfPrinter();
    const userDataDir = app.getPath('userData');
    // The bundled sample: its site is served on 127.0.0.1 while the app runs.
    const sample = new SampleHost(
      join(userDataDir, 'samples'),
      app.isPackaged ? join(process.resourcesPath, 'sample') : join(app.getAppPath(), 'sample'),
    );
    app.on('will-quit', () => void sample.close());
    let menu: { refresh(): Promise<void> } | null = null;
    const appWindows = new AppWindows({
      location,
      preload: PRELOAD,
      log,
      createCore: () => createAuditCore({ userDataDir, pdfPrinter, openSample: () => sample.open(), ...(native.nativeBinding ? { nativeBinding: native.nativeBinding } : {}) }),
      onWorkspaceOpened: (path) => {
        app.addRecentDocument(path);
        void menu?.refresh();
      },
    });
    windows = appWindows;
    registerIpc(location, appWindows, log);
    menu = installAppMenu(appWindows, isDev);

    app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
      const parsed = SecondLaunchSchema.safeParse(additionalData);
      const fromArgv = workspaceFromArgv(argv);
      const workspace = parsed.success ? parsed.data.workspace : fromArgv ? resolve(workingDirectory, fromArgv) : null;
      void appWindows.launch(workspace);
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void appWindows.launch(null);
    });

    await appWindows.launch(launchWorkspace ?? pendingFiles.shift() ?? null);
    for (const file of pendingFiles.splice(0)) await appWindows.launch(file);
    await menu.refresh();
  }).catch((err: Error) => {
    dialog.showErrorBox('Promise Auditor failed to start', err.stack ?? err.message);
    app.exit(1);
  });

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting || !windows) return;
    // Let runs stop and databases close before the process goes.
    event.preventDefault();
    quitting = true;
    void windows.closeAll().finally(() => app.quit());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
