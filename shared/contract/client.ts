/**
 * The renderer's typed client, built over any transport (Electron preload, HTTP bridge, a
 * test double). The renderer never talks to window.* or fetch directly, only to this.
 */
import type { ApiEvent, MethodName, ParamsOf, ResultOf } from './api.js';

export interface Transport {
  invoke(method: MethodName, params: unknown): Promise<unknown>;
  /** Returns an unsubscribe function. */
  subscribe(listener: (event: ApiEvent) => void): () => void;
}

export interface ApiClient {
  call<M extends MethodName>(method: M, ...params: {} extends ParamsOf<M> ? [ParamsOf<M>?] : [ParamsOf<M>]): Promise<ResultOf<M>>;
  onEvent(listener: (event: ApiEvent) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  return {
    call: (method, ...params) => transport.invoke(method, params[0] ?? {}) as Promise<never>,
    onEvent: (listener) => transport.subscribe(listener),
  };
}
