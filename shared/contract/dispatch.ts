/**
 * The server side of the contract: validates a call's parameters against the method's schema
 * and hands them to the implementation. Both bridges (Electron IPC, HTTP) go through here, so
 * nothing reaches the core unvalidated.
 */
import { ZodError } from 'zod';
import { API, isMethodName, type MethodName, type ParamsOf, type ResultOf } from './api.js';
import { ApiError } from './errors.js';
import { describeStorageError } from '../store/storage-errors.js';
import type { z } from 'zod';

/** An implementation of every method, receiving parsed (validated, defaulted) parameters. */
export type ApiHandlers = {
  [M in MethodName]: (params: z.output<(typeof API)[M]['params']>) => Promise<ResultOf<M>> | ResultOf<M>;
};

export function formatZodIssues(err: ZodError): string[] {
  return err.issues.map((i) => `${i.path.length ? i.path.join('.') : '(params)'}: ${i.message}`);
}

export type Dispatch = (method: unknown, params: unknown) => Promise<unknown>;

export function createDispatcher(handlers: ApiHandlers): Dispatch {
  return async (method, params) => {
    if (!isMethodName(method)) {
      throw new ApiError('bad-input', `unknown API method: ${String(method).slice(0, 100)}`);
    }
    const parsed = API[method].params.safeParse(params ?? {});
    if (!parsed.success) {
      const issues = formatZodIssues(parsed.error);
      throw new ApiError('bad-input', `${method}: invalid parameters: ${issues.join('; ')}`, issues);
    }
    const handler = handlers[method] as (p: unknown) => unknown;
    return await handler(parsed.data);
  };
}

/** Any thrown value as an ApiError, hiding internals of unexpected errors behind their message. */
export function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  if (err instanceof ZodError) return new ApiError('bad-input', formatZodIssues(err).join('; '), formatZodIssues(err));
  const storage = describeStorageError(err);
  if (storage) return new ApiError('unavailable', storage);
  const e = err as { name?: string; message?: string };
  return new ApiError('internal', e?.message ?? String(err));
}

export type { ParamsOf };
