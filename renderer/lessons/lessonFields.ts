// Between the capture form's fields (as typed) and what is stored: a saved lesson to edit, and the autosaved draft.
import type { CapturedLesson } from '../../core/authoring/captureLesson';
import { LANGS, type Lang } from '../../core/model';
import type { CaptureFields } from '../authoring/captureFields';

export const FORM_FIELDS = ['title', 'situation', 'action', 'result', 'lesson', 'tags', 'customerType', 'stage', 'author', 'lang'] as const satisfies readonly (keyof CaptureFields)[];

export function blankFields(author: string, lang: Lang): CaptureFields {
  return { title: '', situation: '', action: '', result: '', lesson: '', tags: '', customerType: '', stage: '', author, lang };
}

/** A saved lesson in the form, tags joined as a rep types them. */
export function formFields(lesson: CapturedLesson): CaptureFields {
  return {
    title: lesson.title ?? '',
    situation: lesson.situation,
    action: lesson.action,
    result: lesson.result,
    lesson: lesson.lesson,
    tags: lesson.tags.join(lesson.lang === 'zh-CN' ? '，' : ', '),
    customerType: lesson.customerType ?? '',
    stage: lesson.stage ?? '',
    author: lesson.author,
    lang: lesson.lang,
  };
}

/** A draft's fields over the blank form: only known fields, and a language the app has. */
export function draftFields(saved: Record<string, string>, blank: CaptureFields): CaptureFields {
  const fields = { ...blank };
  for (const name of FORM_FIELDS) {
    const value = saved[name];
    if (value === undefined) continue;
    if (name === 'lang') fields.lang = (LANGS as readonly string[]).includes(value) ? (value as Lang) : blank.lang;
    else fields[name] = value;
  }
  return fields;
}

export function sameFields(a: CaptureFields, b: CaptureFields): boolean {
  return FORM_FIELDS.every((name) => a[name] === b[name]);
}
