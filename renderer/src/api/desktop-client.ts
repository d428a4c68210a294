/**
 * The desktop-only methods (native dialogs, opening links in the browser), offered when the page
 * runs in the Electron app. Over the HTTP bridge there is no desktop client and screens fall
 * back to the browser's own file picker and downloads.
 */
import type { DesktopMethodName, DesktopResultOf } from '../../../shared/contract/desktop.js';
import type { DesktopApi } from '../../../shared/contract/desktop.js';
import { ApiError } from '../../../shared/contract/errors.js';
import type { z } from 'zod';
import type { PreloadApi } from './electron-transport.js';

type ParamsIn<M extends DesktopMethodName> = z.input<DesktopApi[M]['params']>;

export interface DesktopClient {
  call<M extends DesktopMethodName>(method: M, params: ParamsIn<M>): Promise<DesktopResultOf<M>>;
}

export function createDesktopClient(bridge: PreloadApi): DesktopClient {
  return {
    async call(method, params) {
      let answer: Awaited<ReturnType<PreloadApi['invoke']>>;
      try {
        answer = await bridge.invoke(method, params);
      } catch (err) {
        throw new ApiError('unavailable', `The app did not answer (${String((err as Error)?.message ?? err)}). Restart Promise Auditor and try again.`);
      }
      if (answer && answer.ok === true) return answer.result as never;
      throw ApiError.fromBody(answer && 'error' in answer ? answer.error : undefined);
    },
  };
}
