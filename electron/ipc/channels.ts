/**
 * The two IPC channels between preload and main, and nothing else: one for calls (invoke,
 * answered with an envelope), one for events pushed by the core.
 */

/** Renderer -> main: `(method: string, params: unknown)`, answered with an IpcEnvelope. */
export const INVOKE_CHANNEL = 'promise-auditor:invoke';
/** Main -> renderer: one ApiEvent per message. */
export const EVENT_CHANNEL = 'promise-auditor:event';
