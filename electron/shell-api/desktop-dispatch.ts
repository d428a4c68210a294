/** Validates a desktop method's parameters, exactly as the contract's dispatcher does for the core's. */
import { ApiError } from '../../shared/contract/errors.js';
import { formatZodIssues, type Dispatch } from '../../shared/contract/dispatch.js';
import { DESKTOP_API, isDesktopMethodName, type DesktopHandlers } from './desktop-methods.js';

export function createDesktopDispatcher(handlers: DesktopHandlers): Dispatch {
  return async (method, params) => {
    if (!isDesktopMethodName(method)) throw new ApiError('bad-input', `unknown desktop method: ${String(method).slice(0, 100)}`);
    const parsed = DESKTOP_API[method].params.safeParse(params ?? {});
    if (!parsed.success) {
      const issues = formatZodIssues(parsed.error);
      throw new ApiError('bad-input', `${method}: invalid parameters: ${issues.join('; ')}`, issues);
    }
    const handler = handlers[method] as (p: unknown) => Promise<unknown>;
    return await handler(parsed.data);
  };
}
