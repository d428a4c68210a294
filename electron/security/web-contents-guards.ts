/**
 * Guards installed on every webContents the app ever creates (windows, the PDF printer, any
 * DevTools): no webviews, no navigation or redirect away from the app, and no new windows;
 * a window.open of an http(s) link opens the user's browser instead, after the link policy.
 */
import { app } from 'electron';
import type { AppLocation } from '../app/app-location.js';
import { decideNavigation } from './navigation-policy.js';
import { openExternalLink } from './open-external.js';

/** Where refusals are reported (the main process log). */
export type SecurityLog = (message: string) => void;

const short = (url: string): string => (url.length > 200 ? `${url.slice(0, 200)}…` : url);

export function installWebContentsGuards(location: AppLocation, log: SecurityLog): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('refused a <webview>');
    });
    contents.on('will-navigate', (event) => {
      if (decideNavigation(event.url, location, true) === 'deny') {
        event.preventDefault();
        log(`refused navigation to ${short(event.url)}`);
      }
    });
    contents.on('will-frame-navigate', (event) => {
      if (decideNavigation(event.url, location, event.isMainFrame) === 'deny') {
        event.preventDefault();
        log(`refused frame navigation to ${short(event.url)}`);
      }
    });
    contents.on('will-redirect', (event) => {
      if (decideNavigation(event.url, location, event.isMainFrame) === 'deny') {
        event.preventDefault();
        log(`refused redirect to ${short(event.url)}`);
      }
    });
    contents.setWindowOpenHandler(({ url }) => {
      openExternalLink(url).then(
        (outcome) => {
          if (!outcome.opened) log(`refused to open ${short(url)}: ${outcome.reason}`);
        },
        (err: Error) => log(`could not open ${short(url)}: ${err.message}`),
      );
      return { action: 'deny' };
    });
  });
}
