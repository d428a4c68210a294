/** The transport over the preload's one global, `window.promiseAuditor` (Electron). */
import type { ApiEvent, MethodName } from '../../../shared/contract/api.js';
import type { Transport } from '../../../shared/contract/client.js';
import { ApiError } from '../../../shared/contract/errors.js';

/** What the preload exposes: exactly these two functions. */
export interface PreloadApi {
  invoke(method: string, params: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: unknown }>;
  subscribe(listener: (event: ApiEvent) => void): () => void;
}

declare global {
  interface Window {
    promiseAuditor?: PreloadApi;
  }
}

export function createElectronTransport(bridge: PreloadApi): Transport {
  return {
    async invoke(method: MethodName, params: unknown) {
      let answer: Awaited<ReturnType<PreloadApi['invoke']>>;
      try {
        answer = await bridge.invoke(method, params);
      } catch (err) {
        throw new ApiError('unavailable', `The app's core did not answer (${String((err as Error)?.message ?? err)}). Restart Promise Auditor and try again.`);
      }
      if (answer && answer.ok === true) return answer.result;
      throw ApiError.fromBody(answer && 'error' in answer ? answer.error : undefined);
    },
    subscribe: (listener) => bridge.subscribe(listener),
  };
}
