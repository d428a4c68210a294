/**
 * Who may call the core over IPC: only the main frame of one of our windows, showing our own
 * page. Subframes (the report preview), pages that navigated away, other webContents
 * (DevTools, the PDF printer) and frames that are gone are all refused.
 */
import type { AppLocation } from '../app/app-location.js';
import { isAppUrl } from './navigation-policy.js';

/** What the main process knows about the frame an IPC message came from. */
export interface SenderFacts {
  /** The sending frame's URL, or null when the frame is gone (navigated or destroyed). */
  readonly frameUrl: string | null;
  /** True when the sender is the top frame of its webContents. */
  readonly isMainFrame: boolean;
  /** True when the webContents belongs to one of the app's windows. */
  readonly fromAppWindow: boolean;
}

/** Why a sender is refused, or null when it is trusted. */
export function senderRefusal(sender: SenderFacts, app: AppLocation): string | null {
  if (!sender.fromAppWindow) return 'the call did not come from a Promise Auditor window';
  if (sender.frameUrl === null) return 'the calling frame is gone';
  if (!sender.isMainFrame) return 'the call came from an embedded frame';
  if (!isAppUrl(sender.frameUrl, app)) return 'the calling page is not the Promise Auditor page';
  return null;
}
