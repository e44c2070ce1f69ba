import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { LessonView } from '../../core/api/authoringContract';
import type { LessonDraft, MyLessonSummary } from '../../core/lessons/myLessons';
import { captureArgs, type CaptureFields } from '../authoring/captureFields';
import { useUnsavedGuard } from '../authoring/useUnsavedGuard';
import { Icon } from '../components/Icon';
import { PageHeader } from '../components/PageHeader';
import { messageOf } from '../components/StateViews';
import { useI18n } from '../i18n/I18nContext';
import { formatRoute } from '../routing/routes';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { useApiQuery } from '../state/useApiQuery';
import { LessonForm } from './LessonForm';
import { blankFields, draftFields, formFields, sameFields } from './lessonFields';
import { MyLessonsList } from './MyLessonsList';
import { useLessonDraft, type DraftState } from './useLessonDraft';
import { useMyLessonActions } from './useMyLessonActions';

type Saved = { kind: 'inbox'; lesson: LessonView } | { kind: 'mine'; lesson: MyLessonSummary };

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
  const [saved, setSaved] = useState<Saved | null>(null);
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
    const result: Saved = toWorkspace ? { kind: 'inbox', lesson: await api.captureLesson(args) } : { kind: 'mine', lesson: await api.saveMyLesson({ ...args, ...(editing ? { lessonId: editing.lessonId } : {}) }) };
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
        <SavedCard saved={saved} headingRef={doneHeading} actions={actions} onAnother={() => setSaved(null)} />
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

function DraftNote({ state }: { state: DraftState }) {
  const { t } = useI18n();
  if (state === 'none') return null;
  return (
    <span className={`hint draft-note draft-${state}`} role="status">
      {t(`myLessons.draft.${state}`)}
    </span>
  );
}

function SavedCard({ saved, headingRef, actions, onAnother }: { saved: Saved; headingRef: RefObject<HTMLHeadingElement | null>; actions: ReturnType<typeof useMyLessonActions>; onAnother: () => void }) {
  const { t } = useI18n();
  const { lesson } = saved;
  const [shared, setShared] = useState(false);
  return (
    <section className="card capture-done" aria-labelledby="capture-done-title">
      <Icon name="check" className="done-icon" />
      <h2 id="capture-done-title" className="summary-title" tabIndex={-1} ref={headingRef}>
        {t('capture.doneTitle')}
      </h2>
      {saved.kind === 'inbox' ? (
        <p>{t('capture.doneBody', { title: lesson.title, path: saved.lesson.path })}</p>
      ) : (
        <p>{t('myLessons.doneBody', { title: lesson.title })}</p>
      )}
      <div className="button-row">
        {saved.kind === 'mine' && (
          <>
            {shared ? (
              <p className="shared-done" role="status">
                <Icon name="check" />
                {t('myLessons.sharedDone')}
              </p>
            ) : (
              <button type="button" className="button button-primary" disabled={actions.busyId === lesson.id} onClick={() => void actions.share(lesson).then(setShared)}>
                {t('myLessons.share')}
              </button>
            )}
            <button type="button" className="button" disabled={actions.busyId === lesson.id} onClick={() => void actions.exportFile(lesson)}>
              <Icon name="download" />
              {t('myLessons.export')}
            </button>
          </>
        )}
        <button type="button" className={`button${saved.kind === 'inbox' ? ' button-primary' : ''}`} onClick={onAnother}>
          {t('capture.another')}
        </button>
        {saved.kind === 'inbox' && (
          <>
            <a className="button" href={formatRoute({ name: 'search', query: lesson.title })}>
              {t('capture.findIt')}
            </a>
            <a className="button button-ghost" href={formatRoute({ name: 'lessons' })}>
              {t('trainerNav.lessons')}
            </a>
          </>
        )}
      </div>
    </section>
  );
}
