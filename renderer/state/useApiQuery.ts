// Loading data from the API with its loading and error states, without stale answers overwriting new ones.
import { useCallback, useEffect, useRef, useState } from 'react';

export type QueryState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'error'; error: unknown; data?: T }
  | { status: 'ready'; data: T };

export interface Query<T> {
  state: QueryState<T>;
  /** Runs the request again, keeping the current data on screen until the answer arrives. */
  reload: () => void;
  /** Replaces the data with a newer value the caller already has (e.g. the result of a mutation). */
  set: (data: T) => void;
}

/**
 * Loads data for a screen. Only the latest request may update the state, so a slow
 * answer to an old request (typing, switching profiles) never overwrites a newer one.
 * `load` is re-run whenever a value in `deps` changes.
 */
export function useApiQuery<T>(load: () => Promise<T>, deps: readonly unknown[]): Query<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(() => {
    const ticket = ++latest.current;
    setState((prev) => ({ status: 'loading', data: prev.data }));
    loadRef.current().then(
      (data) => {
        if (ticket === latest.current) setState({ status: 'ready', data });
      },
      (error: unknown) => {
        if (ticket === latest.current) setState((prev) => ({ status: 'error', error, data: prev.data }));
      },
    );
    // The caller's deps, not the identity of `load`, decide when to reload.
  }, deps);

  useEffect(() => {
    run();
    return () => {
      // Answers that arrive after unmount or a deps change are dropped.
      latest.current++;
    };
  }, [run]);

  const set = useCallback((data: T) => {
    latest.current++;
    setState({ status: 'ready', data });
  }, []);

  return { state, reload: run, set };
}
