/** Small things the app remembers on this machine: the reviewer's name and the theme. */
import { useCallback, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();
const memory = new Map<string, string>();

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? memory.get(key) ?? null;
  } catch {
    return memory.get(key) ?? null;
  }
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage may be disabled; the value then lasts for this page only.
  }
  for (const l of [...listeners]) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A string kept in localStorage under `key`, shared by every component that uses it. */
export function useStoredString(key: string, fallback: string): [string, (v: string) => void] {
  const value = useSyncExternalStore(subscribe, () => read(key) ?? fallback);
  const set = useCallback((v: string) => write(key, v), [key]);
  return [value, set];
}

export const REVIEWER_KEY = 'promise-auditor.reviewer';
export const THEME_KEY = 'promise-auditor.theme';
