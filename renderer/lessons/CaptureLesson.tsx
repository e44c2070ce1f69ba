// The capture page's body (CaptureScreen mounts it): write a lesson, keep it as a draft, save it to the workspace or to My lessons.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LessonDraft, MyLessonSummary } from '../../core/lessons/myLessons';
import { captureArgs, type CaptureFields } from '../authoring/captureFields';
import { useUnsavedGuard } from '../authoring/useUnsavedGuard';
import { PageHeader } from '../components/PageHeader';
import { messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { useApiQuery } from '../state/useApiQuery';
import { DraftNote } from './DraftNote';
import { LessonForm } from './LessonForm';
import { LessonSavedCard, type SavedLesson } from './LessonSavedCard';
import { blankFields, draftFields, formFields, sameFields } from './lessonFields';
import { MyLessonsList } from './MyLessonsList';
import { useLessonDraft } from './useLessonDraft';
import { useMyLessonActions } from './useMyLessonActions';

interface Editing {
  lessonId: string;
  title: string;
  /** The lesson as saved: the form is unsaved while it differs. */
  saved: CaptureFields;
}

/**
 * "Capture a lesson", for any rep on any install: without a workspace the lesson is kept in the rep's data folder
 * ("My lessons") to share with the trainer or export as a file; with the trainer's workspace open it goes straight
 * into the workspace's inbox. The text is autosaved as a draft while typed, and leaving with unsaved text asks first.
 */
export function CaptureLesson() {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const notify = useNotify();
  const blank = useCallback(() => blankFields(profile.name, profile.uiLang), [profile.name, profile.uiLang]);
  const [fields, setFields] = useState<CaptureFields>(blank);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saved, setSaved] = useState<SavedLesson | null>(null);
  const doneHeading = useRef<HTMLHeadingElement>(null);
  const workspace = useApiQuery(() => api.getWorkspace({}), [api]);
  const stages = useApiQuery(() => api.getCatalog({ lang: profile.uiLang }).then((catalog) => catalog.stages), [api, profile.uiLang]);
  const mine = useApiQuery(() => api.listMyLessons({}), [api]);
  const actions = useMyLessonActions(mine.reload);

  const unsaved = !sameFields(fields, editing?.saved ?? blank());
  const unsavedNow = useRef(unsaved);
  unsavedNow.current = unsaved;
  useUnsavedGuard(() => unsavedNow.current, t('myLessons.leaveUnsaved'));

  const restore = useCallback(
    (draft: LessonDraft) => {
      const restored = draftFields(draft.fields, blank());
      setFields(restored);
      if (draft.lessonId) {
        const lessonId = draft.lessonId;
        // The saved lesson is what "unsaved" compares with; a draft of a deleted lesson becomes a new one.
        api.readMyLesson({ lessonId }).then(
          (lesson) => setEditing({ lessonId, title: lesson.title ?? lessonId, saved: formFields(lesson) }),
          () => undefined,
        );
      }
    },
    [api, blank],
  );
  const draft = useLessonDraft({ fields, lessonId: editing?.lessonId, keep: unsaved, restore });

  // The confirmation takes the focus, so a screen reader announces it and Enter starts the next lesson.
  useEffect(() => doneHeading.current?.focus(), [saved]);

  const toWorkspace = workspace.state.status === 'ready' && workspace.state.data.dir !== null && !editing;

  const save = async (form: CaptureFields) => {
    const args = captureArgs(form);
    const result: SavedLesson = toWorkspace ? { kind: 'inbox', lesson: await api.captureLesson(args) } : { kind: 'mine', lesson: await api.saveMyLesson({ ...args, ...(editing ? { lessonId: editing.lessonId } : {}) }) };
    unsavedNow.current = false;
    await api.saveLessonDraft({ draft: null }).catch(() => undefined);
    setEditing(null);
    setFields(blank());
    setSaved(result);
    mine.reload();
  };

  const edit = async (lesson: MyLessonSummary) => {
    if (unsaved && !window.confirm(t('myLessons.leaveUnsaved'))) return;
    try {
      const loaded = formFields(await api.readMyLesson({ lessonId: lesson.id }));
      setSaved(null);
      setEditing({ lessonId: lesson.id, title: lesson.title, saved: loaded });
      setFields(loaded);
      window.scrollTo({ top: 0 });
    } catch (error) {
      notify(messageOf(error, t('state.errorUnknown')), { tone: 'error' });
    }
  };

  const stopEditing = () => {
    if (unsaved && !window.confirm(t('myLessons.leaveUnsaved'))) return;
    setEditing(null);
    setFields(blank());
  };

  const list = mine.state.data && (mine.state.data.lessons.length > 0 || mine.state.data.diagnostics.length > 0 || !toWorkspace) ? mine.state.data : undefined;

  return (
    <div className="page page-narrow">
      <PageHeader title={t('capture.title')} subtitle={t('capture.subtitle')} />
      {saved ? (
        <LessonSavedCard saved={saved} headingRef={doneHeading} actions={actions} onAnother={() => setSaved(null)} />
      ) : (
        <>
          {editing ? (
            <p className="notice notice-info" role="note">
              {t('myLessons.editing', { title: editing.title })}
            </p>
          ) : (
            workspace.state.status === 'ready' && (
              <p className="notice notice-info" role="note">
                {t(toWorkspace ? 'myLessons.toWorkspace' : 'myLessons.toMine')}
              </p>
            )
          )}
          <LessonForm
            fields={fields}
            onChange={setFields}
            onSave={save}
            stages={stages.state.data ?? []}
            submitLabel={t(editing ? 'myLessons.saveChanges' : 'capture.submit')}
            footer={
              <>
                {editing && (
                  <button type="button" className="button button-ghost" onClick={stopEditing}>
                    {t('myLessons.stopEditing')}
                  </button>
                )}
                <DraftNote state={draft} />
              </>
            }
          />
        </>
      )}
      {list && <MyLessonsList list={list} actions={actions} editingId={editing?.lessonId} onEdit={(lesson) => void edit(lesson)} />}
    </div>
  );
}
