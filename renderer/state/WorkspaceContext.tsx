// Content can change under the app (an edit on disk): one poll tells every screen to load again.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WorkspaceView } from '../../core/api/authoringContract';
import { useApi } from './ApiContext';

/** How often the app asks whether content changed (a save here, or an edit on disk by another program): often enough that a change shows within a second. */
export const REVISION_POLL_MS = 500;

export interface WorkspaceState {
  view: WorkspaceView | null;
  /** Why the last poll or open failed, while it keeps failing. */
  error: unknown;
  /** Opens a folder (`null` closes the workspace); rejects with the API's error for the caller to show. */
  open: (dir: string | null) => Promise<void>;
  /** Counts the content changes seen since the app started: 0 until the first one. */
  contentVersion: number;
}

const WorkspaceContext = createContext<WorkspaceState | null>(null);

/**
 * The workspace as the back end sees it, polled twice a second for the whole signed-in app, so that a change of
 * `revision` (content changed) reaches every open screen within a second. One poll at a time; a newer answer
 * always wins.
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [view, setView] = useState<WorkspaceView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [contentVersion, setContentVersion] = useState(0);
  const latest = useRef(0);
  const lastRevision = useRef<number | undefined>(undefined);

  const accept = useCallback((ticket: number, next: WorkspaceView) => {
    if (ticket !== latest.current) return;
    setError(null);
    if (lastRevision.current !== undefined && lastRevision.current !== next.revision) setContentVersion((version) => version + 1);
    lastRevision.current = next.revision;
    // Same revision and folder: keep the object, so nothing downstream re-renders for an unchanged poll.
    setView((current) => (current && current.revision === next.revision && current.dir === next.dir && current.notice === next.notice ? current : next));
  }, []);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = () => {
      const ticket = ++latest.current;
      api.getWorkspace({}).then(
        (next) => accept(ticket, next),
        (problem: unknown) => {
          if (ticket === latest.current) setError(problem);
        },
      ).finally(() => {
        if (!stopped) timer = setTimeout(poll, REVISION_POLL_MS);
      });
    };
    poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      latest.current++;
    };
  }, [api, accept]);

  const open = useCallback(
    async (dir: string | null) => {
      const ticket = ++latest.current;
      accept(ticket, await api.openWorkspace({ dir }));
    },
    [api, accept],
  );

  const state = useMemo(() => ({ view, error, open, contentVersion }), [view, error, open, contentVersion]);
  return <WorkspaceContext.Provider value={state}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceState {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace needs a <WorkspaceProvider> above it');
  return workspace;
}

/**
 * Grows whenever the content changes: put it in a screen's query dependencies to show changes live. 0 without
 * a provider (a screen rendered on its own in a test).
 */
export function useContentVersion(): number {
  return useContext(WorkspaceContext)?.contentVersion ?? 0;
}
