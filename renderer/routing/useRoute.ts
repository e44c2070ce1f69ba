// Screens follow the address bar: the current route as React state, and moving to another one.
import { useMemo, useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from './routes';

/**
 * The hash the router has taken. A screen's unsaved-changes guard (useUnsavedGuard) may refuse a hash change and
 * put the address back, so the router never reads the address while a change is pending: it takes it when the
 * first screen subscribes, then in a task after each hash change, once every listener of the event has run
 * (browsers call a window's listeners in the order they were added, the router's first, and run microtasks
 * between listeners). A render in between (a poll answering) still shows the route it had.
 */
let taken: string | null = null;
let subscribers = 0;

function subscribe(onChange: () => void): () => void {
  if (subscribers++ === 0) taken = window.location.hash;
  const later = () =>
    setTimeout(() => {
      taken = window.location.hash;
      onChange();
    }, 0);
  window.addEventListener('hashchange', later);
  return () => {
    window.removeEventListener('hashchange', later);
    if (--subscribers === 0) taken = null;
  };
}

function currentHash(): string {
  return taken ?? window.location.hash;
}

/** The current route, re-rendering on every hash change; the object stays the same while the hash does. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return useMemo(() => parseRoute(hash), [hash]);
}

export function navigate(route: Route): void {
  window.location.hash = formatRoute(route);
}
