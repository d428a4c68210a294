/**
 * The core's methods as seen from IPC: every call goes through the contract's dispatcher, which
 * rejects unknown methods and validates parameters against their zod schema before the core
 * sees them, whatever the core does itself.
 */
import { METHOD_NAMES } from '../../shared/contract/api.js';
import { createDispatcher, type ApiHandlers, type Dispatch } from '../../shared/contract/dispatch.js';

/** Wraps a core's dispatch so only validated calls reach it. */
export function validatedDispatch(core: { readonly dispatch: Dispatch }): Dispatch {
  const handlers = Object.fromEntries(METHOD_NAMES.map((m) => [m, (params: unknown) => core.dispatch(m, params)]));
  return createDispatcher(handlers as unknown as ApiHandlers);
}
