// What a rep does with a lesson kept on their own computer: share it with the trainer, export it, delete it.
import { useState } from 'react';
import type { MyLessonSummary } from '../../core/lessons/myLessons';
import { useI18n } from '../i18n/I18nContext';
import { downloadFile } from '../prep/exportSheet';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useNotify } from '../state/ToastContext';
import { useBusyAction } from '../state/useBusyAction';

/** Share, export and delete one of my lessons, each saying how it went; `changed` follows a share or a delete. */
export function useMyLessonActions(changed: () => void) {
  const api = useApi();
  const { t } = useI18n();
  const { profile } = useSession();
  const notify = useNotify();
  const action = useBusyAction('toast');
  const [lessonId, setLessonId] = useState<string | null>(null);

  /** True when the action went through. */
  const run = (id: string, work: () => Promise<void>): Promise<boolean> => {
    setLessonId(id);
    return action.run(work);
  };

  return {
    busyId: action.busy ? lessonId : null,
    share: (lesson: Pick<MyLessonSummary, 'id' | 'title'>) =>
      run(lesson.id, async () => {
        await api.shareMyLesson({ lessonId: lesson.id, profileId: profile.id });
        notify(t('myLessons.sharedNote', { title: lesson.title }));
        changed();
      }),
    exportFile: (lesson: Pick<MyLessonSummary, 'id'>) => run(lesson.id, async () => downloadFile(await api.exportMyLesson({ lessonId: lesson.id }))),
    remove: (lesson: Pick<MyLessonSummary, 'id' | 'title'>) =>
      run(lesson.id, async () => {
        if (!window.confirm(t('myLessons.confirmDelete', { title: lesson.title }))) return;
        await api.deleteMyLesson({ lessonId: lesson.id });
        notify(t('myLessons.deleted', { title: lesson.title }));
        changed();
      }),
  };
}
