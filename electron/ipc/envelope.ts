/**
 * What an IPC call answers: the result, or the error as plain data. Errors are sent as data
 * rather than thrown because Electron keeps only the message of an Error crossing IPC, and the
 * renderer needs the code and the field-level issues.
 */
import { toApiError } from '../../shared/contract/dispatch.js';
import type { ApiErrorBody } from '../../shared/contract/errors.js';

/** The answer to one call. */
export type IpcEnvelope = { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: ApiErrorBody };

/** Runs a call and wraps its outcome; never throws. */
export async function envelope(call: () => Promise<unknown>): Promise<IpcEnvelope> {
  try {
    return { ok: true, result: await call() };
  } catch (err) {
    return { ok: false, error: toApiError(err).toBody() };
  }
}
