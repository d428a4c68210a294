/** Picks the transport the page runs over: Electron's preload, else the HTTP bridge. */
import type { Transport } from '../../../shared/contract/client.js';
import { createDesktopClient, type DesktopClient } from './desktop-client.js';
import { createElectronTransport } from './electron-transport.js';
import { takeBridgeToken } from './http-token.js';
import { createHttpTransport } from './http-transport.js';

export type TransportChoice = { readonly transport: Transport; readonly desktop: DesktopClient | null } | { readonly problem: string };

export function selectTransport(): TransportChoice {
  if (window.promiseAuditor) return { transport: createElectronTransport(window.promiseAuditor), desktop: createDesktopClient(window.promiseAuditor) };
  const token = takeBridgeToken();
  if (token) return { transport: createHttpTransport(token), desktop: null };
  return {
    problem:
      'This page needs its access link. Start Promise Auditor (the desktop app, or `npm run demo`) and open the link it prints, which ends in #token=…',
  };
}
