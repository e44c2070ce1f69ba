// Unsaved edits are never lost by a stray click: leaving the editor asks first.
import { useEffect, useRef } from 'react';

/**
 * While there are unsaved changes, leaving asks first: closing or reloading the window (`beforeunload`) and any
 * change of route (a link, the back button, another file). A refused route change puts the address back before
 * the router takes it: the router reads the address in a task after the event (useRoute).
 * `isDirty` is asked at the moment of leaving, so a save that has just finished counts even before a re-render.
 */
export function useUnsavedGuard(isDirty: () => boolean, question: string): void {
  const state = useRef({ isDirty, question });
  state.current = { isDirty, question };

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!state.current.isDirty()) return;
      event.preventDefault();
      // Older Chromium (and Electron) show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onHashChange = (event: HashChangeEvent) => {
      if (!state.current.isDirty() || window.confirm(state.current.question)) return;
      event.stopImmediatePropagation();
      window.history.replaceState(window.history.state, '', event.oldURL);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('hashchange', onHashChange, { capture: true });
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('hashchange', onHashChange, { capture: true });
    };
  }, []);
}
