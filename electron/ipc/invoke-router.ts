/**
 * The one handler behind the invoke channel, free of Electron so it can be tested: check the
 * sender, then hand the call to the calling window's core (contract methods) or to its desktop
 * methods, and answer with an envelope. A refused sender gets a refusal and nothing runs.
 */
import { isMethodName } from '../../shared/contract/api.js';
import type { Dispatch } from '../../shared/contract/dispatch.js';
import { ApiError } from '../../shared/contract/errors.js';
import type { AppLocation } from '../app/app-location.js';
import { senderRefusal, type SenderFacts } from '../security/sender-policy.js';
import { isDesktopMethodName } from '../shell-api/desktop-methods.js';
import { envelope, type IpcEnvelope } from './envelope.js';

/** Where a window's calls go. */
export interface InvokeRoute {
  /** The contract's methods, validated (see contract-dispatch.ts). */
  readonly core: Dispatch;
  /** The desktop methods, validated (see desktop-dispatch.ts). */
  readonly desktop: Dispatch;
}

export interface InvokeRouterDeps<E> {
  readonly app: AppLocation;
  /** What is known of the frame that sent the event. */
  senderFacts(event: E): SenderFacts;
  /** The calling window's route, or null when the sender is no window of ours. */
  routeFor(event: E): InvokeRoute | null;
  /** Told of every refused call (logged by main). */
  onRefused?(reason: string, method: string): void;
}

/** Builds the invoke handler. */
export function createInvokeHandler<E>(deps: InvokeRouterDeps<E>): (event: E, method: unknown, params: unknown) => Promise<IpcEnvelope> {
  return (event, method, params) => {
    const methodName = typeof method === 'string' ? method.slice(0, 100) : typeof method;
    const refusal = senderRefusal(deps.senderFacts(event), deps.app);
    const route = refusal ? null : deps.routeFor(event);
    if (refusal || !route) {
      const reason = refusal ?? 'the calling window has no audit core';
      deps.onRefused?.(reason, methodName);
      return envelope(() => Promise.reject(new ApiError('unavailable', `Refused: ${reason}.`)));
    }
    return envelope(() => {
      if (isMethodName(method)) return route.core(method, params);
      if (isDesktopMethodName(method)) return route.desktop(method, params);
      return Promise.reject(new ApiError('bad-input', `unknown API method: ${methodName}`));
    });
  };
}
