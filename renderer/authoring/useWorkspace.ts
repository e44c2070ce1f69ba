import { useCallback, useEffect, useRef, useState } from 'react';
import type { WorkspaceView } from '../../core/api/authoringContract';
import { useApi } from '../state/ApiContext';

/** How often the open editor asks whether content changed (a save here, or an edit on disk by another program). */
export const REVISION_POLL_MS = 1000;

export interface WorkspaceState {
  view: WorkspaceView | null;
  /** Why the last poll or open failed, while it keeps failing. */
  error: unknown;
  /** Opens a folder (`null` closes the workspace); rejects with the API's error for the caller to show. */
  open: (dir: string | null) => Promise<void>;
}

/**
 * The workspace as the back end sees it, polled every second while mounted so that a change of `revision`
 * (content changed) reaches the screen within a second. One poll at a time; a newer answer always wins.
 */
export function useWorkspace(): WorkspaceState {
  const api = useApi();
  const [view, setView] = useState<WorkspaceView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);

  const accept = useCallback((ticket: number, next: WorkspaceView) => {
    if (ticket !== latest.current) return;
    setError(null);
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

  return { view, error, open };
}
