/**
 * Locks down a session: every permission denied, every response given our
 * Content-Security-Policy, and every request that is not for the app itself cancelled.
 */
import type { Session } from 'electron';
import type { AppLocation } from '../app/app-location.js';
import { contentSecurityPolicy } from './csp.js';
import { isAllowedRequest } from './navigation-policy.js';
import type { SecurityLog } from './web-contents-guards.js';

/** Denies every permission request and check (camera, notifications, clipboard read, HID, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

/** Hardens the app windows' session. */
export function hardenAppSession(session: Session, location: AppLocation, log: SecurityLog): void {
  denyAllPermissions(session);
  const csp = contentSecurityPolicy(location);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    // Replace whatever a server sent (the dev server sends none): ours is the policy.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    headers['Content-Security-Policy'] = [csp];
    callback({ responseHeaders: headers });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, location);
    if (!allowed) log(`cancelled a request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
}
