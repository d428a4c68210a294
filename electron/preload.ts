/**
 * The preload: exposes exactly one object, `window.promiseAuditor`, with two functions. It runs
 * sandboxed, so it is bundled into a single CommonJS file that requires only `electron`.
 * The page never sees ipcRenderer or an IPC event object (whose `sender` is ipcRenderer).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipc/channels.js';

const MAX_METHOD_NAME = 100;

const promiseAuditor = Object.freeze({
  /** Calls a method of the API; resolves to `{ ok, result }` or `{ ok: false, error }`. */
  invoke(method: string, params: unknown): Promise<unknown> {
    if (typeof method !== 'string' || method.length > MAX_METHOD_NAME) {
      return Promise.reject(new TypeError('promiseAuditor.invoke: method must be a method name'));
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, params);
  },
  /** Listens to the core's events; returns the function that stops listening. */
  subscribe(listener: (event: unknown) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('promiseAuditor.subscribe: listener must be a function');
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
});

contextBridge.exposeInMainWorld('promiseAuditor', promiseAuditor);
