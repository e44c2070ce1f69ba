// A lesson being typed survives a closed window: it is saved as a draft after each pause and restored on return.
import { useEffect, useRef, useState } from 'react';
import type { LessonDraft } from '../../core/lessons/myLessons';
import type { CaptureFields } from '../authoring/captureFields';
import { useApi } from '../state/ApiContext';

/** A pause in typing this long saves the draft. */
export const DRAFT_PAUSE_MS = 500;

export type DraftState = 'none' | 'saving' | 'saved' | 'failed';

interface DraftSource {
  fields: CaptureFields;
  lessonId: string | undefined;
  keep: boolean;
}

/** The draft to store (null: none), and its JSON to compare with what was stored last. */
function draftOf({ fields, lessonId, keep }: DraftSource): { draft: Omit<LessonDraft, 'saved'> | null; json: string | null } {
  if (!keep) return { draft: null, json: null };
  const draft = { fields: { ...fields }, ...(lessonId ? { lessonId } : {}) };
  return { draft, json: JSON.stringify([draft.fields, lessonId ?? null]) };
}

/**
 * Keeps the capture form's text in the data folder while it is typed, so a reload, a restart of the app or a crash
 * loses nothing: loads the draft once (handing it to `restore`), then saves after each pause in typing, and at
 * once when the form goes away. `keep` false (nothing typed, or the text was saved as a lesson) removes the draft.
 */
export function useLessonDraft(options: DraftSource & { restore: (draft: LessonDraft) => void }): DraftState {
  const api = useApi();
  const [loaded, setLoaded] = useState(false);
  const loadedRef = useRef(false);
  const [state, setState] = useState<DraftState>('none');
  const latest = useRef(options);
  latest.current = options;
  /** What the data folder holds, as the JSON of the last draft sent (null: none). */
  const stored = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    api.getLessonDraft({}).then(
      (draft) => {
        if (!live) return;
        if (draft) {
          stored.current = JSON.stringify([draft.fields, draft.lessonId ?? null]);
          latest.current.restore(draft);
          setState('saved');
        }
        loadedRef.current = true;
        setLoaded(true);
      },
      () => {
        loadedRef.current = live;
        if (live) setLoaded(true);
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (!loaded) return;
    const save = () => {
      const { draft, json } = draftOf(latest.current);
      if (json === stored.current) return;
      stored.current = json;
      setState(draft ? 'saving' : 'none');
      api.saveLessonDraft({ draft }).then(
        () => setState((current) => (current === 'saving' ? 'saved' : current)),
        () => {
          stored.current = null;
          setState('failed');
        },
      );
    };
    const timer = setTimeout(save, DRAFT_PAUSE_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [api, loaded, options.fields, options.lessonId, options.keep]);

  // Leaving the form within the pause must not lose the last keystrokes (nor replace a draft not loaded yet).
  useEffect(
    () => () => {
      const { draft, json } = draftOf(latest.current);
      if (loadedRef.current && draft && json !== stored.current) void api.saveLessonDraft({ draft }).catch(() => undefined);
    },
    [api],
  );

  return state;
}
