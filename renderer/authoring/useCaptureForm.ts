// The capture form's state: the fields as typed, what to fix next to each, and sending the lesson once it checks out.
import { useState } from 'react';
import type { LessonView } from '../../core/api/authoringContract';
import { useApi } from '../state/ApiContext';
import { useSession } from '../state/SessionContext';
import { useBusyAction } from '../state/useBusyAction';
import { captureArgs, checkCapture, type CaptureFields, type CaptureProblems } from './captureFields';

/** `fieldId` names each field's control, so the first one to fix can take the focus. */
export function useCaptureForm(fieldId: (field: string) => string) {
  const api = useApi();
  const { profile } = useSession();
  const blank = (): CaptureFields => ({ title: '', situation: '', action: '', result: '', lesson: '', tags: '', customerType: '', stage: '', author: profile.name, lang: profile.uiLang });
  const [fields, setFields] = useState<CaptureFields>(blank);
  const [problems, setProblems] = useState<CaptureProblems>({});
  const [saved, setSaved] = useState<LessonView | null>(null);
  const action = useBusyAction();

  const set = (field: keyof CaptureFields, value: string) => {
    setFields((current) => ({ ...current, [field]: value }));
    setProblems((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async () => {
    const found = checkCapture(fields);
    setProblems(found);
    action.setProblem(null);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    await action.run(async () => {
      setSaved(await api.captureLesson(captureArgs(fields)));
      setFields(blank());
    });
  };

  return { fields, problems, set, submit, busy: action.busy, failure: action.problem, saved, another: () => setSaved(null) };
}
