// Checks the text being edited with the real parsers as the trainer types, so problems show before saving.
import { useEffect, useRef, useState } from 'react';
import type { DraftView } from '../../core/api/authoringContract';
import type { CaseGraph } from '../../core/authoring/caseGraph';
import type { ContentKind } from '../../core/model';
import { useApi } from '../state/ApiContext';

/** Typing pauses shorter than this do not start a check. */
export const CHECK_DELAY_MS = 250;

export interface DraftCheck {
  /** The answer for the latest text checked; kept while a newer check runs, so marks do not flicker. */
  draft: DraftView | null;
  /** For a case: its step graph, read leniently even while the YAML has errors. */
  graph: CaseGraph | null;
  /** Why the check itself failed (not the content's problems, which are in `draft.diagnostics`). */
  error: unknown;
}

/**
 * Checks the buffer as the loader will check the saved file, ~250 ms after typing stops; only the answer to the
 * latest text is kept. `revision` re-checks when other content changed (a reference may have appeared or gone).
 */
export function useDraftCheck(kind: ContentKind, text: string, path: string, revision: number): DraftCheck {
  const api = useApi();
  const [check, setCheck] = useState<DraftCheck>({ draft: null, graph: null, error: null });
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      Promise.all([api.validateDraft({ kind, text, path }), kind === 'case' ? api.caseGraph({ text }) : Promise.resolve(null)]).then(
        ([draft, graph]) => {
          if (ticket === latest.current) setCheck({ draft, graph, error: null });
        },
        (error: unknown) => {
          if (ticket === latest.current) setCheck((previous) => ({ ...previous, error }));
        },
      );
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, kind, text, path, revision]);

  useEffect(
    () => () => {
      latest.current++;
    },
    [],
  );

  return check;
}
