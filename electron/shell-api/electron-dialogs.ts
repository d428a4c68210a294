/** The DialogPort over Electron's native dialogs, modal to the calling window. */
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { DialogPort } from './desktop-handlers.js';

export function electronDialogs(win: BrowserWindow): DialogPort {
  return {
    async open({ title, filters, multiple }) {
      const r = await dialog.showOpenDialog(win, {
        title,
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      return r.canceled ? [] : r.filePaths;
    },
    async save({ title, defaultName, filters }) {
      const r = await dialog.showSaveDialog(win, {
        title,
        defaultPath: join(app.getPath('documents'), defaultName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
  };
}
