/** Loads data from the API and keeps it current while the inputs (deps) stay the same. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { toUiError, type UiError } from '../lib/ui-error.js';

export interface Query<T> {
  readonly data: T | undefined;
  readonly error: UiError | null;
  /** True while the first load (or a load after deps changed) is under way. */
  readonly loading: boolean;
  /** Loads again, keeping the current data on screen meanwhile. */
  reload(): void;
}

export function useQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): Query<T> {
  const [state, setState] = useState<{ data: T | undefined; error: UiError | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, loading: s.data === undefined }));
    loadRef.current().then(
      (data) => current && setState({ data, error: null, loading: false }),
      (err: unknown) => current && setState((s) => ({ data: s.data, error: toUiError(err), loading: false })),
    );
    return () => {
      current = false;
    };
    // The caller's deps decide when to load again; `load` itself changes every render.
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
