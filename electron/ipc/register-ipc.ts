/**
 * The one module that talks to ipcMain (the security lint enforces it): a single invoke
 * handler, behind the trusted-sender check, routing to the calling window's core.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron';
import type { AppLocation } from '../app/app-location.js';
import type { SenderFacts } from '../security/sender-policy.js';
import type { AppWindows } from '../windows/app-windows.js';
import { INVOKE_CHANNEL } from './channels.js';
import { createInvokeHandler } from './invoke-router.js';

/** A frame's URL, or null once the frame is gone (reading a disposed frame throws). */
function frameUrl(frame: WebFrameMain | null): string | null {
  try {
    return frame && !frame.isDestroyed() ? frame.url : null;
  } catch {
    return null;
  }
}

function senderFacts(event: IpcMainInvokeEvent, windows: AppWindows): SenderFacts {
  const frame = event.senderFrame;
  let isMainFrame = false;
  try {
    const main = event.sender.mainFrame;
    // Compared by process and routing id: frame objects are not guaranteed to be the same wrapper.
    isMainFrame = frame !== null && frame.parent === null && frame.processId === main.processId && frame.routingId === main.routingId;
  } catch {
    isMainFrame = false;
  }
  return { frameUrl: frameUrl(frame), isMainFrame, fromAppWindow: windows.byWebContentsId(event.sender.id) !== null };
}

export function registerIpc(location: AppLocation, windows: AppWindows, log: (message: string) => void): void {
  const handle = createInvokeHandler<IpcMainInvokeEvent>({
    app: location,
    senderFacts: (event) => senderFacts(event, windows),
    routeFor: (event) => windows.byWebContentsId(event.sender.id)?.route ?? null,
    onRefused: (reason, method) => log(`refused IPC call "${method}": ${reason}`),
  });
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, params: unknown) => handle(event, method, params));
}
